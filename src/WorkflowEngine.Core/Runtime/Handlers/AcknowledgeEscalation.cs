using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Escalation;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>A manager takes an open escalation on.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="EscalationId">The escalation.</param>
/// <param name="Actor">Who takes it on.</param>
/// <param name="Access">Who may (the level addressed to them or below), decided on the snapshot the command changes; null lets everyone through.</param>
public sealed record AcknowledgeEscalationCommand(Guid CaseId, Guid EscalationId, string Actor, CaseAccessCheck? Access = null);

/// <summary>Runs <see cref="AcknowledgeEscalationCommand"/>.</summary>
public sealed class AcknowledgeEscalationHandler : ICaseCommandHandler<AcknowledgeEscalationCommand, CaseState>
{
    private readonly CaseCommandRunner _runner;

    internal AcknowledgeEscalationHandler(CaseCommandRunner runner) => _runner = runner;

    /// <inheritdoc />
    public Task<CommandResult<CaseState>> HandleAsync(AcknowledgeEscalationCommand command, CancellationToken cancellationToken = default) =>
        _runner.RunAsync("AcknowledgeEscalation", command.CaseId, null, command.Actor, command.Access, (@case, _) =>
        {
            var escalation = @case.State.Escalations.Find(e => e.Id == command.EscalationId);
            if (escalation is null)
            {
                return NoSuchEscalation();
            }

            if (escalation.Status != EscalationStatus.Open)
            {
                return CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "escalation.not-open", "$.escalationId",
                    $"This escalation is already {escalation.Status.ToString().ToLowerInvariant()} (by {escalation.AcknowledgedBy ?? escalation.ResolvedBy}).");
            }

            @case.Acknowledge(escalation, command.Actor);
            return null;
        }, cancellationToken);

    internal static CommandResult<CaseState> NoSuchEscalation() =>
        CommandResult<CaseState>.Failure(CommandStatus.NotFound, "escalation.not-found", "$.escalationId", "This case has no such escalation.");
}
