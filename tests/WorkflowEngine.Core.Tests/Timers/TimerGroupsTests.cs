using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Core.Tests.Timers;

/// <summary>How a claimed batch is split into commands.</summary>
public sealed class TimerGroupsTests
{
    private static readonly DateTimeOffset Due = new(2026, 4, 30, 16, 0, 0, TimeSpan.Zero);
    private static readonly Guid First = Guid.NewGuid();
    private static readonly Guid Second = Guid.NewGuid();

    [Fact]
    public void A_cases_task_timers_go_together_and_each_stage_timer_alone_in_claim_order()
    {
        // Case a's tasks have clocks; case b still has rows of the kinds before the clock.
        var claimed = new[]
        {
            Timer("a/task-1/clock", First, TimerKind.TaskClock),
            Timer("b/overdue", Second, TimerKind.TaskOverdue),
            Timer("a/stage", First, TimerKind.StageTransition),
            Timer("a/task-2/clock", First, TimerKind.TaskClock),
            Timer("a/stage-2", First, TimerKind.StageTransition),
            Timer("b/reminder", Second, TimerKind.TaskReminder),
            Timer("b/rung", Second, TimerKind.EscalationRung),
        };

        var groups = TimerGroups.ByCase(claimed).Select(g => g.Select(t => t.Key).ToArray()).ToArray();

        Assert.Equal(
            [["a/task-1/clock", "a/task-2/clock"], ["b/overdue", "b/reminder", "b/rung"], ["a/stage"], ["a/stage-2"]],
            groups);
    }

    [Fact]
    public void Cases_task_timers_go_in_runs_of_the_set_size_and_each_stage_timer_in_a_run_of_its_own()
    {
        var third = Guid.NewGuid();
        var claimed = new[]
        {
            Timer("a/task-1/clock", First, TimerKind.TaskClock),
            Timer("b/clock", Second, TimerKind.TaskClock),
            Timer("a/stage", First, TimerKind.StageTransition),
            Timer("a/task-2/clock", First, TimerKind.TaskClock),
            Timer("c/overdue", third, TimerKind.TaskOverdue),
        };

        var runs = TimerGroups.InRuns(claimed, 2).Select(r => r.Select(g => g.Select(t => t.Key).ToArray()).ToArray()).ToArray();

        Assert.Equal(
            [[["a/task-1/clock", "a/task-2/clock"], ["b/clock"]], [["a/stage"]], [["c/overdue"]]],
            runs);
    }

    [Fact]
    public void An_empty_claim_gives_no_groups() => Assert.Empty(TimerGroups.ByCase([]));

    private static DueTimer Timer(string key, Guid caseId, TimerKind kind) => new()
    {
        Id = Guid.NewGuid(),
        CaseId = caseId,
        Key = key,
        Kind = kind,
        DueAt = Due,
        NextAttemptAt = Due,
    };
}
