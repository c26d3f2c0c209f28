using System.Text.Json.Nodes;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>One entry appended to a case's journal: a case note, an attached document, a panel correction.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Kind">The entry's kind.</param>
/// <param name="Data">The entry's data.</param>
/// <param name="Actor">Who records it.</param>
/// <param name="Check">What is wrong with it, given today's date on the case's calendar; nothing, to append.</param>
/// <param name="Access">Who may, decided on the snapshot the command changes; null lets everyone through.</param>
/// <param name="OnClosedCase">True where a closed case takes the entry too (a correction to panel minutes).</param>
internal sealed record AppendRecordCommand(Guid CaseId, string Kind, JsonObject Data, string Actor, Func<DateOnly, IReadOnlyList<ValidationError>>? Check = null,
    CaseAccessCheck? Access = null, bool OnClosedCase = false);

/// <summary>Runs <see cref="AppendRecordCommand"/>: the entry and the case's new version in one transaction.</summary>
internal sealed class AppendRecordHandler(CaseCommandRunner runner) : ICaseCommandHandler<AppendRecordCommand, CaseState>
{
    /// <inheritdoc />
    public Task<CommandResult<CaseState>> HandleAsync(AppendRecordCommand command, CancellationToken cancellationToken = default) =>
        runner.RunAsync("Append", command.CaseId, null, command.Actor, command.Access, (@case, _) =>
        {
            var errors = command.Check?.Invoke(runner.Today(@case)) ?? [];
            if (errors.Count > 0)
            {
                return CommandResult<CaseState>.Failure(CommandStatus.Invalid, errors);
            }

            @case.Record(command.Kind, (JsonObject)command.Data.DeepClone());
            return null;
        }, cancellationToken, command.OnClosedCase);
}
