using WorkflowEngine.Core.Commands;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>A manager closes an escalation with a note of what was done.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="EscalationId">The escalation.</param>
/// <param name="Note">What was done (required).</param>
/// <param name="Actor">Who resolves it.</param>
/// <param name="Access">Who may (the level addressed to them or below), decided on the snapshot the command changes; null lets everyone through.</param>
public sealed record ResolveEscalationCommand(Guid CaseId, Guid EscalationId, string Note, string Actor, CaseAccessCheck? Access = null);

/// <summary>Runs <see cref="ResolveEscalationCommand"/>.</summary>
public sealed class ResolveEscalationHandler : ICaseCommandHandler<ResolveEscalationCommand, CaseState>
{
    private readonly CaseCommandRunner _runner;

    internal ResolveEscalationHandler(CaseCommandRunner runner) => _runner = runner;

    /// <inheritdoc />
    public Task<CommandResult<CaseState>> HandleAsync(ResolveEscalationCommand command, CancellationToken cancellationToken = default) =>
        _runner.RunAsync("ResolveEscalation", command.CaseId, null, command.Actor, command.Access, (@case, _) =>
        {
            if (string.IsNullOrWhiteSpace(command.Note))
            {
                return CommandResult<CaseState>.Failure(CommandStatus.Invalid, "escalation.note-required", "$.note",
                    "Say what was done about the escalation: it is recorded on the case.");
            }

            if (InputLimits.Reason(command.Note, "$.note") is { } unreadableNote)
            {
                return unreadableNote;
            }

            var escalation = @case.State.Escalations.Find(e => e.Id == command.EscalationId);
            if (escalation is null)
            {
                return AcknowledgeEscalationHandler.NoSuchEscalation();
            }

            if (!escalation.IsLive)
            {
                return CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "escalation.resolved", "$.escalationId",
                    $"This escalation was already resolved by {escalation.ResolvedBy}: {escalation.Resolution}");
            }

            @case.Resolve(escalation, command.Note, command.Actor);
            return null;
        }, cancellationToken);
}
