using System.Text.Json.Nodes;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Runtime;

/// <summary>Raises and closes escalations on a command, journalling each and telling the people concerned.</summary>
internal static class EscalationBook
{
    /// <summary>
    /// Escalates a task to a level: records the escalation, passes up the ones below it, and does
    /// the rung's actions (notify the target, raise the priority, reassign to the target role).
    /// </summary>
    public static TaskEscalation Raise(CaseCommand command, Notices notices, CaseTask task, int level, EscalationTarget target, IReadOnlyList<EscalationAction> actions,
        string reason, bool byHand)
    {
        command.Touch(task);
        var refused = TaskLifecycle.TryFire(task, TaskTrigger.Escalate);
        if (refused is not null)
        {
            throw new InvalidOperationException(refused);
        }

        var targetAgency = target.Agency ?? task.Agency;
        foreach (var lower in command.Case.Escalations.Where(e => e.TaskId == task.Id && e.IsLive && e.Level < level))
        {
            Resolve(command, lower, $"Passed up to level {level}.", StageNavigator.System);
        }

        var escalation = new TaskEscalation
        {
            Id = Guid.CreateVersion7(command.Now),
            CaseId = command.Case.Id,
            TaskId = task.Id,
            Level = level,
            RaisedAt = command.Now,
            RaisedBy = command.Actor,
            ByHand = byHand,
            Reason = reason,
            TargetAgency = targetAgency,
            TargetRole = target.Role,
        };
        command.Raise(escalation);
        task.EscalationLevel = Math.Max(task.EscalationLevel, level);
        task.EscalatedAt = command.Now;
        if (actions.Contains(EscalationAction.RaisePriority))
        {
            task.Priority = TaskPriority.High;
        }

        var owner = Notices.Owner(task);
        if (actions.Contains(EscalationAction.Reassign))
        {
            task.Agency = targetAgency;
            task.Role = target.Role;
            task.AssignedTo = null;
        }

        command.Record("task.escalated", new JsonObject
        {
            ["taskId"] = task.Id.ToString(), ["task"] = task.TaskKey, ["escalationId"] = escalation.Id.ToString(), ["level"] = level,
            ["targetAgency"] = targetAgency, ["targetRole"] = target.Role, ["reason"] = reason, ["byHand"] = byHand,
            ["actions"] = new JsonArray([.. actions.Select(a => JsonValue.Create(a.ToString()))]),
        });
        if (actions.Contains(EscalationAction.Notify) || byHand)
        {
            var (subject, body) = notices.Escalated(command.Case, task, level, reason);
            command.Notify("escalation.raised", new NotificationRecipient(targetAgency, target.Role), subject, body, task.Id);
            if (level == 1 && owner != new NotificationRecipient(targetAgency, target.Role))
            {
                // Level 1 is the practitioner and their team manager together.
                command.Notify("escalation.raised", owner, subject, body, task.Id);
            }
        }

        return escalation;
    }

    /// <summary>Resolves the task's live escalations because the task ended.</summary>
    public static void ResolveLive(CaseCommand command, CaseTask task, string resolution, string actor)
    {
        foreach (var escalation in command.Case.Escalations.Where(e => e.TaskId == task.Id && e.IsLive))
        {
            Resolve(command, escalation, resolution, actor);
        }
    }

    public static void Resolve(CaseCommand command, TaskEscalation escalation, string resolution, string actor)
    {
        command.Touch(escalation);
        escalation.Status = EscalationStatus.Resolved;
        escalation.ResolvedAt = command.Now;
        escalation.ResolvedBy = actor;
        escalation.Resolution = resolution;
        command.Record("escalation.resolved", new JsonObject
        {
            ["escalationId"] = escalation.Id.ToString(), ["taskId"] = escalation.TaskId.ToString(), ["level"] = escalation.Level, ["resolution"] = resolution,
        });
    }
}
