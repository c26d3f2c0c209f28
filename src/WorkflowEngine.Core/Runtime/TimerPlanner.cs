using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Core.Runtime;

/// <summary>
/// Works out the timers a case needs from its state alone: for each live task one timer, its clock,
/// armed for the earliest deadline it still awaits (reminder, overdue mark, next escalation rung);
/// for the current stage its timer transitions. Every command saves the difference between these
/// and the stored timers, so timers follow the case exactly: nothing orphaned when a task ends,
/// everything re-planned when a due date moves. One row a task, not three, keeps each task's
/// creation, firing and completion to one timer write.
/// </summary>
internal sealed class TimerPlanner(IDueTimeCalculator clock, TimerOptions options, ReferenceData reference)
{
    /// <summary>The task deadlines the clocks are armed for; the timer handler fires them through the same.</summary>
    public TaskClock Tasks { get; } = new(clock, options, reference);

    public IEnumerable<PlannedTimer> Plan(CaseState state, CompiledWorkflow workflow)
    {
        if (state.Status == CaseStatus.Closed)
        {
            yield break;
        }

        foreach (var task in state.Tasks.Where(t => t.IsActive))
        {
            if (Tasks.Of(task, state, workflow).Earliest is { } dueAt)
            {
                yield return new(TimerKeys.TaskClock(task.Id), TimerKind.TaskClock, task.Id, null, null, dueAt);
            }
        }

        var calendar = workflow.Definition.Calendar;
        foreach (var transition in workflow.Stages[state.StageKey].Transitions.Where(t => t.Trigger == TransitionTrigger.Timer && t.After is not null))
        {
            var due = clock.ComputeDue(transition.After!, calendar, new DueAnchors(state.StageEnteredAt, state.ReceivedAt, state.StageEnteredAt, state.Facts));
            yield return new(TimerKeys.StageTransition(state.StageVisit, transition.Key), TimerKind.StageTransition, null, null, transition.Key, due);
        }
    }
}
