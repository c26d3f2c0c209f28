using System.Text.Json.Nodes;
using WorkflowEngine.Core.Commands;

namespace WorkflowEngine.Core.Runtime;

/// <content>Commands a panel's confirmed minutes run on a case: the minutes journalled with the chair's task they complete.</content>
public sealed partial class CaseService
{
    private const string PanelKindPrefix = "panel.";

    /// <summary>
    /// Completes the panel chair's task from confirmed minutes: the minutes for this case are journalled
    /// and the task completed in one change, so the workflow (not the panel) creates what follows.
    /// </summary>
    public Task<CommandResult<CaseState>> CompleteWithMinutesAsync(CompleteTaskCommand request, JsonObject minutes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(minutes);
        return ExecuteAsync(request.CaseId, request.TaskId, request.ExpectedTaskVersion, request.Actor, async (command, task) =>
        {
            command.Record(PanelKindPrefix + "minutes-confirmed", (JsonObject)minutes.DeepClone());
            return await CompleteAsync(command, task!, request, cancellationToken);
        }, cancellationToken, request.Access);
    }

    /// <summary>Journals a panel entry on a case (e.g. a correction to confirmed minutes); closed cases too.</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a panel entry (<c>panel.*</c>).</exception>
    public Task<CommandResult<CaseState>> RecordPanelEntryAsync(Guid caseId, string kind, JsonObject data, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (kind is null || !kind.StartsWith(PanelKindPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{kind}' is not a panel journal entry; its kind must start with '{PanelKindPrefix}'.", nameof(kind));
        }

        return ExecuteAsync(caseId, null, null, actor, (command, _) =>
        {
            command.Record(kind, (JsonObject)data.DeepClone());
            return Done(command, null);
        }, cancellationToken, null, onClosedCase: true);
    }
}
