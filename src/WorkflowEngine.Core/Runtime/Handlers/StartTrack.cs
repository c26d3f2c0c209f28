using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>Starts a linked track (e.g. a missing episode) for the child of a case.</summary>
/// <param name="CaseId">The case the track is linked to.</param>
/// <param name="WorkflowKey">The track's workflow, one of the case workflow's linked workflows.</param>
/// <param name="Reason">Why it is started.</param>
/// <param name="Actor">Who starts it.</param>
/// <param name="OccurredAt">
/// When the event the track follows up happened (for a missing episode, when the child returned):
/// its deadlines count from it. Not in the future, not more than 30 days back; now when null.
/// </param>
/// <param name="Access">Who may act on the case; everyone when null.</param>
public sealed record StartTrackCommand(Guid CaseId, string WorkflowKey, string Reason, string Actor, DateTimeOffset? OccurredAt = null, CaseAccessCheck? Access = null);

/// <summary>
/// Runs <see cref="StartTrackCommand"/>: one of the workflow's linked tracks for the same child,
/// counting its deadlines from when the event it follows up happened (e.g. when the child
/// returned), or from now when not given. Succeeds with the new track.
/// </summary>
public sealed class StartTrackHandler : ICaseCommandHandler<StartTrackCommand, CaseState>
{
    private readonly CaseCommandRunner _runner;

    internal StartTrackHandler(CaseCommandRunner runner) => _runner = runner;

    /// <inheritdoc />
    public Task<CommandResult<CaseState>> HandleAsync(StartTrackCommand command, CancellationToken cancellationToken = default) =>
        _runner.RunAsync("StartLinkedTrack", command.CaseId, null, command.Actor, command.Access, async (@case, _) =>
        {
            if (CaseCommandRunner.MissingReason(command.Reason) is { } missing)
            {
                return missing;
            }

            if (DateLimits.CheckReceivedAt(command.OccurredAt, @case.Now, "$.occurredAt", "the event") is { } occurred)
            {
                return CommandResult<CaseState>.Failure(CommandStatus.Invalid, [occurred]);
            }

            var allowed = @case.Workflow.Definition.LinkedWorkflows;
            if (!allowed.Contains(command.WorkflowKey))
            {
                var list = allowed.Count == 0 ? "none" : string.Join(", ", allowed);
                return CommandResult<CaseState>.Failure(CommandStatus.Invalid, "case.unknown-track", "$.workflow",
                    $"'{command.WorkflowKey}' is not a linked track of '{@case.Workflow.Definition.Name}'. Tracks it can start: {list}.");
            }

            var linked = await _runner.Navigator.StartLinkedAsync(@case, command.WorkflowKey, command.Reason, cancellationToken, command.OccurredAt);
            return CommandResult<CaseState>.Success(linked.State);
        }, cancellationToken);
}
