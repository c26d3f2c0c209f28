using System.Text.Json.Nodes;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Runtime;

/// <content>Escalations on the case's tasks: raised, acknowledged, resolved; each journalled and told to the people concerned.</content>
internal sealed partial class Case
{
    /// <summary>
    /// Escalates a task to a level: records the escalation, passes up the ones below it, and does
    /// the rung's actions (notify the target, raise the priority, reassign to the target role).
    /// </summary>
    /// <exception cref="InvalidOperationException">The task's state does not allow escalation (the caller checks it is live).</exception>
    public TaskEscalation Escalate(CaseTask task, int level, EscalationTarget target, IReadOnlyList<EscalationAction> actions, string reason, bool byHand)
    {
        if (Fire(task, TaskTrigger.Escalate) is { } refused)
        {
            throw new InvalidOperationException(refused.Errors[0].Message);
        }

        var targetAgency = target.Agency ?? task.Agency;
        foreach (var lower in State.Escalations.Where(e => e.TaskId == task.Id && e.IsLive && e.Level < level).ToList())
        {
            Resolve(lower, $"Passed up to level {level}.", StageNavigator.System);
        }

        var escalation = new TaskEscalation
        {
            Id = Guid.CreateVersion7(Now),
            CaseId = State.Id,
            TaskId = task.Id,
            Level = level,
            RaisedAt = Now,
            RaisedBy = Actor,
            ByHand = byHand,
            Reason = reason,
            TargetAgency = targetAgency,
            TargetRole = target.Role,
        };
        State.Escalations.Add(escalation);
        _addedEscalations.Add(escalation);
        task.EscalationLevel = Math.Max(task.EscalationLevel, level);
        task.EscalatedAt = Now;
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

        Record("task.escalated", new JsonObject
        {
            ["taskId"] = task.Id.ToString(), ["task"] = task.TaskKey, ["escalationId"] = escalation.Id.ToString(), ["level"] = level,
            ["targetAgency"] = targetAgency, ["targetRole"] = target.Role, ["reason"] = reason, ["byHand"] = byHand,
            ["actions"] = new JsonArray([.. actions.Select(a => JsonValue.Create(a.ToString()))]),
        });
        if (actions.Contains(EscalationAction.Notify) || byHand)
        {
            var (subject, body) = Notices.Escalated(State, task, level, reason);
            Notify("escalation.raised", new NotificationRecipient(targetAgency, target.Role), subject, body, task.Id);
            if (level == 1 && owner != new NotificationRecipient(targetAgency, target.Role))
            {
                // Level 1 is the practitioner and their team manager together.
                Notify("escalation.raised", owner, subject, body, task.Id);
            }
        }

        return escalation;
    }

    /// <summary>A manager takes an open escalation on.</summary>
    public void Acknowledge(TaskEscalation escalation, string person)
    {
        Touch(escalation);
        escalation.Status = EscalationStatus.Acknowledged;
        escalation.AcknowledgedAt = Now;
        escalation.AcknowledgedBy = person;
        Record("escalation.acknowledged", new JsonObject
        {
            ["escalationId"] = escalation.Id.ToString(), ["taskId"] = escalation.TaskId.ToString(), ["level"] = escalation.Level,
        });
    }

    /// <summary>Closes an escalation with what was done about it.</summary>
    public void Resolve(TaskEscalation escalation, string resolution, string actor)
    {
        Touch(escalation);
        escalation.Status = EscalationStatus.Resolved;
        escalation.ResolvedAt = Now;
        escalation.ResolvedBy = actor;
        escalation.Resolution = resolution;
        Record("escalation.resolved", new JsonObject
        {
            ["escalationId"] = escalation.Id.ToString(), ["taskId"] = escalation.TaskId.ToString(), ["level"] = escalation.Level, ["resolution"] = resolution,
        });
    }

    /// <summary>Resolves the task's live escalations because the task ended.</summary>
    public void ResolveLiveEscalations(CaseTask task, string resolution, string actor)
    {
        foreach (var escalation in State.Escalations.Where(e => e.TaskId == task.Id && e.IsLive).ToList())
        {
            Resolve(escalation, resolution, actor);
        }
    }
}
