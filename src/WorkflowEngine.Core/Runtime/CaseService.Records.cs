using System.Text.Json.Nodes;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Runtime;

/// <content>Appending a record (a case note, an attached document) to the case's journal, in one transaction with its version.</content>
public sealed partial class CaseService
{
    /// <summary>
    /// Appends one journal entry to an open case, refused unless <paramref name="access"/> lets the
    /// actor through and <paramref name="check"/> (given today's date on the case's calendar) finds nothing wrong.
    /// </summary>
    internal Task<CommandResult<CaseState>> AppendAsync(Guid caseId, string actor, string kind, Func<DateOnly, IReadOnlyList<ValidationError>> check, JsonObject data,
        CaseAccessCheck? access, CancellationToken cancellationToken) =>
        ExecuteAsync(caseId, null, null, actor, command =>
        {
            var today = DateOnly.FromDateTime(_clock.ToLocal(command.Now, command.Workflow.Definition.Calendar));
            var errors = check(today);
            if (errors.Count > 0)
            {
                return Task.FromResult(CommandResult<CaseState>.Failure(CommandStatus.Invalid, errors));
            }

            command.Record(kind, data);
            return Done(command, null);
        }, cancellationToken, access);
}
