using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Core.Runtime;

/// <summary>
/// Works out the timers a case needs from its state alone: for each live task a reminder, the
/// overdue instant and the next escalation rung; for the current stage its timer transitions.
/// Every command saves the difference between these and the stored timers, so timers follow the
/// case exactly: nothing orphaned when a task ends, everything re-planned when a due date moves.
/// </summary>
internal sealed class TimerPlanner(IDueTimeCalculator clock, TimerOptions options, ReferenceData reference)
{
    public IEnumerable<PlannedTimer> Plan(CaseState state, CompiledWorkflow workflow)
    {
        if (state.Status == CaseStatus.Closed)
        {
            yield break;
        }

        var calendar = workflow.Definition.Calendar;
        foreach (var task in state.Tasks.Where(t => t.IsActive))
        {
            if (options.ReminderBefore > TimeSpan.Zero && task.RemindedAt is null && task.MarkedOverdueAt is null)
            {
                var remindAt = task.DueAt - options.ReminderBefore;
                if (remindAt > task.CreatedAt)
                {
                    yield return new(TimerKeys.Reminder(task.Id), TimerKind.TaskReminder, task.Id, null, null, remindAt);
                }
            }

            if (task.MarkedOverdueAt is null)
            {
                yield return new(TimerKeys.Overdue(task.Id), TimerKind.TaskOverdue, task.Id, null, null, task.DueAt);
            }

            if (workflow.Tasks.TryGetValue(task.TaskKey, out var definition)
                && EscalationLadders.Next(EscalationLadders.For(definition, reference.AgenciesByKey.GetValueOrDefault(task.Agency)), task.EscalationLevel, task.DueAt,
                    (after, anchor) => clock.ComputeDue(after, calendar, new DueAnchors(anchor, state.ReceivedAt, state.StageEnteredAt))) is { } next)
            {
                yield return new(TimerKeys.Rung(task.Id, next.Rung.Level), TimerKind.EscalationRung, task.Id, next.Rung.Level, null, next.DueAt);
            }
        }

        foreach (var transition in workflow.Stages[state.StageKey].Transitions.Where(t => t.Trigger == TransitionTrigger.Timer && t.After is not null))
        {
            var due = clock.ComputeDue(transition.After!, calendar, new DueAnchors(state.StageEnteredAt, state.ReceivedAt, state.StageEnteredAt, state.Facts));
            yield return new(TimerKeys.StageTransition(state.StageVisit, transition.Key), TimerKind.StageTransition, null, null, transition.Key, due);
        }
    }
}
