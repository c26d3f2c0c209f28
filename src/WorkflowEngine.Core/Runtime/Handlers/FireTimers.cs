using System.Globalization;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>
/// Fires durable timers for the dispatcher: a stage's timer transition, or a case's task timers
/// (each task's clock, and rows of the older kinds: reminder, overdue mark, escalation rung)
/// claimed together and fired in one command.
/// </summary>
public sealed partial class FireTimersHandler : ITimerHandler
{
    private readonly CaseCommandRunner _runner;

    internal FireTimersHandler(CaseCommandRunner runner) => _runner = runner;

    /// <inheritdoc />
    /// <exception cref="TimerFireException">The workflow refused what the timer asked, or the case kept changing under it.</exception>
    public async Task<bool> FireAsync(DueTimer timer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (timer.Kind != TimerKind.StageTransition)
        {
            return await FireTogetherAsync([timer], cancellationToken) == 1;
        }

        var result = await _runner.RunAsync("Fire", timer.CaseId, null, StageNavigator.System, null, async (@case, _) =>
        {
            var current = @case.State.Timers.Find(t => t.Id == timer.Id);
            if (current is null || current.Version != timer.Version)
            {
                return TimerGone();
            }

            @case.FireTimer(current);
            return CaseCommandRunner.Moved(await _runner.Navigator.FireAsync(@case, StageTriggers.Timer(current.TransitionKey!), "timer", cancellationToken), @case);
        }, cancellationToken);

        return result.Status switch
        {
            CommandStatus.Succeeded => true,
            CommandStatus.NotFound => false,
            _ => throw new TimerFireException(timer, string.Join(" ", result.Errors.Select(e => e.Message))),
        };
    }

    /// <summary>Fires a timer transition of the case's current stage by its key.</summary>
    public Task<CommandResult<CaseState>> FireTransitionAsync(Guid caseId, string transitionKey, CancellationToken cancellationToken = default) =>
        _runner.RunAsync("FireTimer", caseId, null, StageNavigator.System, null, async (@case, _) =>
            CaseCommandRunner.Moved(await _runner.Navigator.FireAsync(@case, StageTriggers.Timer(transitionKey), "timer", cancellationToken), @case),
            cancellationToken);

    /// <inheritdoc />
    /// <exception cref="TimerFireException">The workflow refused what a timer asked, or the case kept changing under them.</exception>
    public async Task<int> FireTogetherAsync(IReadOnlyList<DueTimer> timers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timers);
        if (timers.Count == 0 || timers.Any(t => t.CaseId != timers[0].CaseId || t.Kind == TimerKind.StageTransition))
        {
            throw new ArgumentException("Only task timers of one case fire together.", nameof(timers));
        }

        var inOrder = InFiringOrder(timers);
        var fired = 0;
        var result = await _runner.RunAsync("FireTogether", timers[0].CaseId, null, StageNavigator.System, null, (@case, _) =>
        {
            fired = FireInOrder(@case, inOrder);
            return fired > 0 ? null : TimerGone();
        }, cancellationToken);

        return result.Status switch
        {
            CommandStatus.Succeeded => fired,
            CommandStatus.NotFound => 0,
            _ => throw new TimerFireException(inOrder[0], string.Join(" ", result.Errors.Select(e => e.Message))),
        };
    }

    // Reminder before overdue before the rungs, whatever order they were claimed in.
    private static List<DueTimer> InFiringOrder(IReadOnlyList<DueTimer> timers) =>
        [.. timers.OrderBy(t => t.DueAt).ThenBy(t => t.Kind).ThenBy(t => t.Level)];

    // Fires the timers the case still holds at the claimed version; how many that was.
    private int FireInOrder(Case @case, List<DueTimer> inOrder)
    {
        var fired = 0;
        foreach (var timer in inOrder)
        {
            var current = @case.State.Timers.Find(t => t.Id == timer.Id);
            if (current is null || current.Version != timer.Version)
            {
                continue;
            }

            @case.FireTimer(current);
            FireTaskTimer(@case, current);
            fired++;
        }

        return fired;
    }

    private void FireTaskTimer(Case @case, DueTimer timer)
    {
        var task = @case.State.Tasks.Find(t => t.Id == timer.TaskId);
        if (task is null || !task.IsActive)
        {
            // The task ended in a change the timer row had not yet caught up with: just drop the timer.
            return;
        }

        switch (timer.Kind)
        {
            case TimerKind.TaskClock:
                FireClock(@case, task, timer.DueAt);
                break;
            case TimerKind.TaskReminder:
                @case.Remind(task);
                break;
            case TimerKind.TaskOverdue:
                @case.MarkOverdue(task);
                break;
            case TimerKind.EscalationRung:
                var rung = EscalationLadders.For(@case.Workflow.Tasks[task.TaskKey], _runner.Reference.AgenciesByKey.GetValueOrDefault(task.Agency)).FirstOrDefault(r => r.Level == timer.Level)
                    ?? throw new WorkflowFaultException($"Task '{task.TaskKey}' has no escalation rung at level {timer.Level}.");
                Escalate(@case, task, rung, timer.DueAt);
                break;
            default:
                throw new WorkflowFaultException($"Timer kind {timer.Kind} is not a task timer.");
        }
    }

    // Does what fell due by the instant the clock was armed for (not by now: a clock fired late
    // does what the separate timers would have done at that instant, and is re-armed for the rest),
    // in the order the deadlines fall: reminder, overdue mark, then one rung of the ladder.
    private void FireClock(Case @case, CaseTask task, DateTimeOffset armedFor)
    {
        var due = _runner.TaskClock.Of(task, @case.State, @case.Workflow);
        if (due.RemindAt <= armedFor)
        {
            @case.Remind(task);
        }

        if (due.OverdueAt <= armedFor)
        {
            @case.MarkOverdue(task);
        }

        if (due is { NextRung: { } rung, NextRungAt: { } rungAt } && rungAt <= armedFor)
        {
            Escalate(@case, task, rung, rungAt);
        }
    }

    private static void Escalate(Case @case, CaseTask task, EscalationRung rung, DateTimeOffset rungDueAt) =>
        @case.Escalate(task, rung.Level, rung.Target, rung.Actions,
            string.Create(CultureInfo.InvariantCulture, $"Not done by level {rung.Level}'s deadline ({rungDueAt:yyyy-MM-dd HH:mm} UTC)."), byHand: false);

    private static CommandResult<CaseState> TimerGone() =>
        CommandResult<CaseState>.Failure(CommandStatus.NotFound, "timer.gone", "$.timerId", "The timers were already fired or re-planned.");
}
