using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Runtime;

/// <content>Hand-overs between agencies (accept, decline) and joint sign-off of an outcome.</content>
public sealed partial class CaseService
{
    /// <summary>Someone of the receiving agency accepts a task passed to it; from then on that agency answers for it.</summary>
    /// <param name="caseId">The case.</param>
    /// <param name="taskId">The task awaiting acceptance.</param>
    /// <param name="actorAgency">The agency of the person accepting.</param>
    /// <param name="actor">Who accepts.</param>
    /// <param name="access">Who may do this; null lets everyone through.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    public Task<CommandResult<CaseState>> AcceptHandoverAsync(Guid caseId, Guid taskId, string actorAgency, string actor, CaseAccessCheck? access = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(caseId, taskId, null, actor, (command, task) =>
        {
            if (HandoverRefusal(task!, actorAgency, "accept") is { } refused)
            {
                return Done(command, refused);
            }

            command.Touch(task!);
            var from = task!.HandoverFrom;
            Handovers.Clear(task);
            var data = TaskData(task);
            data["fromAgency"] = from;
            data["agency"] = task.Agency;
            command.Record("task.handover-accepted", data);
            return Done(command, null);
        }, cancellationToken, access);

    /// <summary>
    /// Someone of the receiving agency declines a task passed to it, saying why: the task goes back to
    /// the sending agency and is escalated one rung up its ladder, so a refused hand-over is never left unowned.
    /// </summary>
    /// <param name="caseId">The case.</param>
    /// <param name="taskId">The task awaiting acceptance.</param>
    /// <param name="reason">Why it is declined (required).</param>
    /// <param name="actorAgency">The agency of the person declining.</param>
    /// <param name="actor">Who declines.</param>
    /// <param name="access">Who may do this; null lets everyone through.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    public Task<CommandResult<CaseState>> DeclineHandoverAsync(Guid caseId, Guid taskId, string reason, string actorAgency, string actor, CaseAccessCheck? access = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(caseId, taskId, null, actor, (command, task) =>
        {
            if (HandoverRefusal(task!, actorAgency, "decline") is { } refused)
            {
                return Done(command, refused);
            }

            if (MissingReason(reason) is { } missing)
            {
                return Done(command, missing);
            }

            var declinedBy = task!.Agency;
            var returnedTo = task.HandoverFrom!;
            if (Fire(command, task, TaskTrigger.Reassign) is { } notAllowed)
            {
                return Done(command, notAllowed);
            }

            task.Agency = returnedTo;
            task.Role = task.HandoverFromRole;
            task.AssignedTo = null;
            task.Reason = reason;
            Handovers.Clear(task);
            var data = TaskData(task);
            data["agency"] = declinedBy;
            data["returnedTo"] = returnedTo;
            data["reason"] = reason;
            command.Record("task.handover-declined", data);

            var agencyName = _reference.AgenciesByKey.GetValueOrDefault(declinedBy)?.Name ?? declinedBy;
            var (subject, body) = NoticesFor(command).HandoverDeclined(command.Case, task, agencyName, reason);
            command.Notify("task.handover-declined", Notifications.Notices.Owner(task), subject, body, task.Id);
            if (task.EscalationLevel < EscalationLadders.TopLevel)
            {
                var level = task.EscalationLevel + 1;
                var rung = EscalationLadders.For(command.Workflow.Tasks[task.TaskKey], _reference.AgenciesByKey.GetValueOrDefault(task.Agency)).FirstOrDefault(r => r.Level == level);
                EscalationBook.Raise(command, NoticesFor(command), task, level, rung?.Target ?? EscalationLadders.DefaultTarget(level),
                    [EscalationAction.Notify, EscalationAction.RaisePriority], $"{agencyName} declined the hand-over: {reason}", byHand: true);
            }

            return Done(command, null);
        }, cancellationToken, access);

    /// <summary>
    /// Someone of an agency signs the task off for it, where an outcome of the task needs that
    /// agency's sign-off (e.g. closing a MACE case). Journalled; the outcome is allowed once every
    /// agency it names has signed off.
    /// </summary>
    /// <param name="caseId">The case.</param>
    /// <param name="taskId">The task to sign off.</param>
    /// <param name="actorAgency">The agency the person signs off for (their own).</param>
    /// <param name="actor">Who signs off.</param>
    /// <param name="access">Who may do this; null lets everyone through.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    public Task<CommandResult<CaseState>> SignOffTaskAsync(Guid caseId, Guid taskId, string actorAgency, string actor, CaseAccessCheck? access = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(caseId, taskId, null, actor, (command, task) =>
        {
            var definition = command.Workflow.Tasks[task!.TaskKey];
            var agencyName = _reference.AgenciesByKey.GetValueOrDefault(actorAgency)?.Name ?? actorAgency;
            if (!task.IsActive)
            {
                return Done(command, CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "sign-off.task-finished", "$.taskId",
                    $"Task '{task.Title}' is finished; there is nothing left to sign off."));
            }

            var needed = SignOffs.AgenciesFor(definition);
            if (needed.Count == 0)
            {
                return Done(command, CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "sign-off.none-needed", "$.taskId",
                    $"Task '{task.Title}' needs no sign-off by any agency."));
            }

            if (!needed.Contains(actorAgency))
            {
                return Done(command, CommandResult<CaseState>.Failure(CommandStatus.Forbidden, "sign-off.not-your-agency", "$.agency",
                    $"Task '{task.Title}' needs sign-off by {string.Join(" and ", needed.Select(AgencyName))}, not by {agencyName}."));
            }

            if (task.SignOffs.Any(s => s.Agency == actorAgency))
            {
                var earlier = task.SignOffs.First(s => s.Agency == actorAgency);
                return Done(command, CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "sign-off.already-given", "$.agency",
                    $"{agencyName} has already signed this task off ({earlier.By})."));
            }

            command.Touch(task);
            task.SignOffs.Add(new TaskSignOff(actorAgency, actor, command.Now));
            var data = TaskData(task);
            data["agency"] = actorAgency;
            command.Record("task.signed-off", data);
            return Done(command, null);
        }, cancellationToken, access);

    // Only the agency a task was passed to can accept or decline it, and only while it awaits acceptance.
    private CommandResult<CaseState>? HandoverRefusal(CaseTask task, string actorAgency, string verb)
    {
        if (!task.AwaitsAcceptance)
        {
            return CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "handover.not-awaiting", "$.taskId",
                $"Task '{task.Title}' is not awaiting acceptance, so there is nothing to {verb}.");
        }

        if (task.Agency != actorAgency)
        {
            var name = _reference.AgenciesByKey.GetValueOrDefault(task.Agency)?.Name ?? task.Agency;
            return CommandResult<CaseState>.Failure(CommandStatus.Forbidden, "handover.other-agency", "$.taskId",
                $"Task '{task.Title}' was passed to {name}; only someone of {name} can {verb} it.");
        }

        return null;
    }
}
