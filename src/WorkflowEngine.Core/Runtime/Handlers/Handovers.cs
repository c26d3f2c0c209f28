using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>Someone of the receiving agency accepts, or declines with a reason, a task passed to it.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="TaskId">The task awaiting acceptance.</param>
/// <param name="Accept">True to accept; false to decline.</param>
/// <param name="Reason">Why it is declined (required to decline).</param>
/// <param name="ActorAgency">The agency of the person answering.</param>
/// <param name="Actor">Who answers.</param>
/// <param name="Access">Who may, decided on the snapshot the command changes; null lets everyone through.</param>
public sealed record AnswerHandoverCommand(Guid CaseId, Guid TaskId, bool Accept, string? Reason, string ActorAgency, string Actor, CaseAccessCheck? Access = null);

/// <summary>
/// Runs <see cref="AnswerHandoverCommand"/>. Accepted, the receiving agency answers for the task from
/// then on. Declined, it goes back to the sending agency and is escalated one rung up its ladder, so a
/// refused hand-over is never left unowned.
/// </summary>
public sealed class AnswerHandoverHandler : ICaseCommandHandler<AnswerHandoverCommand, CaseState>
{
    private readonly CaseCommandRunner _runner;

    internal AnswerHandoverHandler(CaseCommandRunner runner) => _runner = runner;

    /// <inheritdoc />
    public Task<CommandResult<CaseState>> HandleAsync(AnswerHandoverCommand command, CancellationToken cancellationToken = default) =>
        _runner.RunAsync(command.Accept ? "AcceptHandover" : "DeclineHandover", command.CaseId, command.TaskId, command.Actor, command.Access, (@case, task) =>
        {
            if (Refusal(task!, command.ActorAgency, command.Accept ? "accept" : "decline") is { } refused)
            {
                return refused;
            }

            if (command.Accept)
            {
                @case.AcceptHandover(task!);
                return null;
            }

            if (CaseCommandRunner.MissingReason(command.Reason) is { } missing)
            {
                return missing;
            }

            var agencyName = _runner.AgencyName(task!.Agency);
            if (@case.DeclineHandover(task, command.Reason!, agencyName) is { } notAllowed)
            {
                return notAllowed;
            }

            if (task.EscalationLevel < EscalationLadders.TopLevel)
            {
                EscalateByHandHandler.EscalateOneRung(_runner, @case, task, $"{agencyName} declined the hand-over: {command.Reason}");
            }

            return null;
        }, cancellationToken);

    // Only the agency a task was passed to can accept or decline it, and only while it awaits acceptance.
    private CommandResult<CaseState>? Refusal(CaseTask task, string actorAgency, string verb)
    {
        if (!task.AwaitsAcceptance)
        {
            return CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "handover.not-awaiting", "$.taskId",
                $"Task '{task.Title}' is not awaiting acceptance, so there is nothing to {verb}.");
        }

        if (task.Agency != actorAgency)
        {
            var name = _runner.AgencyName(task.Agency);
            return CommandResult<CaseState>.Failure(CommandStatus.Forbidden, "handover.other-agency", "$.taskId",
                $"Task '{task.Title}' was passed to {name}; only someone of {name} can {verb} it.");
        }

        return null;
    }
}
