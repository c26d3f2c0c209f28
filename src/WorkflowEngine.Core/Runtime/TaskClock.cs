using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Core.Runtime;

/// <summary>
/// A task's deadlines, worked out from the case's state alone. The timer planner arms the task's one
/// timer for the earliest of them, and the timer handler fires the ones that timer was armed for,
/// both through this, so the two never disagree about what is due.
/// </summary>
internal sealed class TaskClock(IDueTimeCalculator clock, TimerOptions options, ReferenceData reference)
{
    public TaskDeadlines Of(CaseTask task, CaseState state, CompiledWorkflow workflow)
    {
        if (!task.IsActive)
        {
            return TaskDeadlines.None;
        }

        DateTimeOffset? remindAt = null;
        if (options.ReminderBefore > TimeSpan.Zero && task.RemindedAt is null && task.MarkedOverdueAt is null)
        {
            var at = task.DueAt - options.ReminderBefore;
            if (at > task.CreatedAt)
            {
                remindAt = at;
            }
        }

        DateTimeOffset? overdueAt = task.MarkedOverdueAt is null ? task.DueAt : null;
        var calendar = workflow.Definition.Calendar;
        var next = workflow.Tasks.TryGetValue(task.TaskKey, out var definition)
            ? EscalationLadders.Next(EscalationLadders.For(definition, reference.AgenciesByKey.GetValueOrDefault(task.Agency)), task.EscalationLevel, task.DueAt,
                (after, anchor) => clock.ComputeDue(after, calendar, new DueAnchors(anchor, state.ReceivedAt, state.StageEnteredAt)))
            : null;
        return new(remindAt, overdueAt, next?.Rung, next?.DueAt);
    }
}
