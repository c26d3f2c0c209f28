using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>Someone judges the situation is not improving and escalates the task one level up, saying why.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="TaskId">The task.</param>
/// <param name="Reason">Why (required).</param>
/// <param name="Actor">Who escalates.</param>
/// <param name="Access">Who may, decided on the snapshot the command changes; null lets everyone through.</param>
public sealed record EscalateByHandCommand(Guid CaseId, Guid TaskId, string Reason, string Actor, CaseAccessCheck? Access = null);

/// <summary>Runs <see cref="EscalateByHandCommand"/>: the next rung of the task's ladder, notified and with its priority raised.</summary>
public sealed class EscalateByHandHandler : ICaseCommandHandler<EscalateByHandCommand, CaseState>
{
    private readonly CaseCommandRunner _runner;

    internal EscalateByHandHandler(CaseCommandRunner runner) => _runner = runner;

    /// <inheritdoc />
    public Task<CommandResult<CaseState>> HandleAsync(EscalateByHandCommand command, CancellationToken cancellationToken = default) =>
        _runner.RunAsync("EscalateByHand", command.CaseId, command.TaskId, command.Actor, command.Access, (@case, task) =>
        {
            if (CaseCommandRunner.MissingReason(command.Reason) is { } missing)
            {
                return missing;
            }

            if (!task!.IsActive || task.EscalationLevel >= EscalationLadders.TopLevel)
            {
                return CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "escalation.not-allowed", "$.taskId",
                    task.IsActive ? "This task is already escalated to the partnership chair, the top of the ladder." : $"Task '{task.Title}' is finished; there is nothing to escalate.");
            }

            EscalateOneRung(_runner, @case, task, command.Reason);
            return null;
        }, cancellationToken);

    /// <summary>Escalates a live task to the next rung of its ladder by hand: notified, priority raised.</summary>
    internal static void EscalateOneRung(CaseCommandRunner runner, Case @case, CaseTask task, string reason)
    {
        var level = task.EscalationLevel + 1;
        var rung = EscalationLadders.For(@case.Workflow.Tasks[task.TaskKey], runner.Reference.AgenciesByKey.GetValueOrDefault(task.Agency)).FirstOrDefault(r => r.Level == level);
        @case.Escalate(task, level, rung?.Target ?? EscalationLadders.DefaultTarget(level), [EscalationAction.Notify, EscalationAction.RaisePriority], reason, byHand: true);
    }
}
