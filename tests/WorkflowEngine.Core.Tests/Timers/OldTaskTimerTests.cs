using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Tests.Runtime;
using WorkflowEngine.Core.Timers;
using static WorkflowEngine.Core.Tests.Timers.TaskClockTests;

namespace WorkflowEngine.Core.Tests.Timers;

/// <summary>
/// Rows written before the task clock (a reminder, an overdue mark and a rung, each its own timer)
/// still fire as they did, and the first command on their case replaces them with the one clock.
/// </summary>
public sealed class OldTaskTimerTests
{
    [Fact]
    public async Task An_old_reminder_row_fires_as_before_and_its_siblings_give_way_to_one_clock_armed_for_the_overdue_mark()
    {
        var store = new RecordingCaseStore();
        var harness = await RuntimeHarness.StartAsync(store);
        var (state, old) = await WithOldTimersAsync(harness, store);
        harness.Time.SetUtcNow(At(2, 17));

        Assert.Equal(1, await harness.Service.Timers.FireTogetherAsync([old[0]]));

        var set = store.LastSaved.Single();
        Assert.Equal(old.Select(t => (t.Id, t.Version)).Order(), set.RemovedTimers.Select(r => (r.Timer.Id, r.ExpectedVersion)).Order());
        Assert.Empty(set.ModifiedTimers);
        var clock = Assert.Single(set.AddedTimers);
        Assert.Equal((TimerKeys.TaskClock(state.Tasks[0].Id), TimerKind.TaskClock, At(3, 17)), (clock.Key, clock.Kind, clock.DueAt));
        var after = (await harness.Cases.LoadAsync(state.Id))!;
        Assert.Equal(clock.Id, Assert.Single(after.Timers).Id);
        Assert.Equal(["task.reminded"], await FiredAsync(harness, state.Id));
    }

    [Fact]
    public async Task Old_overdue_and_rung_rows_claimed_together_each_fire_once_and_leave_one_clock_for_the_next_rung()
    {
        var harness = await RuntimeHarness.StartAsync();
        var (state, old) = await WithOldTimersAsync(harness, (InMemoryCaseStore)harness.Cases);
        harness.Time.SetUtcNow(At(5, 17));

        // The reminder row fires first and replaces its siblings with the clock: a dispatcher still
        // holding the old overdue and rung rows finds them gone, so nothing fires twice.
        Assert.Equal(1, await harness.Service.Timers.FireTogetherAsync([old[0]]));
        Assert.Equal(0, await harness.Service.Timers.FireTogetherAsync([old[1], old[2]]));
        var afterFirst = (await harness.Cases.LoadAsync(state.Id))!;
        var clock = Assert.Single(afterFirst.Timers);
        Assert.Equal((TimerKind.TaskClock, At(3, 17)), (clock.Kind, clock.DueAt));

        // Or, on a case whose old rows are all still there, overdue and rung 1 fired together.
        var second = await RuntimeHarness.StartAsync();
        var (other, rows) = await WithOldTimersAsync(second, (InMemoryCaseStore)second.Cases, reminded: true);
        second.Time.SetUtcNow(At(5, 17));
        Assert.Equal(2, await second.Service.Timers.FireTogetherAsync([rows[2], rows[1]]));

        var after = (await second.Cases.LoadAsync(other.Id))!;
        var next = Assert.Single(after.Timers);
        Assert.Equal((TimerKeys.TaskClock(other.Tasks[0].Id), TimerKind.TaskClock, At(12, 17)), (next.Key, next.Kind, next.DueAt));
        Assert.Equal(["task.overdue", "task.escalated"], await FiredAsync(second, other.Id));
        Assert.Equal(1, after.Tasks[0].EscalationLevel);
    }

    private static async Task<List<string>> FiredAsync(RuntimeHarness harness, Guid caseId) =>
        [.. (await harness.Cases.ReadJournalAsync(caseId)).Where(e => e.Kind is "task.reminded" or "task.overdue" or "task.escalated").Select(e => e.Kind)];

    // The opened case as an older engine stored it: the clock replaced by its three separate timers.
    private static async Task<(CaseState State, List<DueTimer> Old)> WithOldTimersAsync(RuntimeHarness harness, InMemoryCaseStore store, bool reminded = false)
    {
        var opened = await harness.OpenAsync();
        var task = opened.Tasks.Single();
        List<DueTimer> old =
        [
            Old(opened, TimerKeys.Reminder(task.Id), TimerKind.TaskReminder, null, At(2, 17)),
            Old(opened, TimerKeys.Overdue(task.Id), TimerKind.TaskOverdue, null, At(3, 17)),
            Old(opened, TimerKeys.Rung(task.Id, 1), TimerKind.EscalationRung, 1, At(5, 17)),
        ];
        opened.Timers.Clear();
        opened.Timers.AddRange(reminded ? old.Skip(1) : old);
        if (reminded)
        {
            task.RemindedAt = At(2, 17);
        }

        store.Put(opened);
        return (opened, old);
    }

    private static async Task<(CaseState State, List<DueTimer> Old)> WithOldTimersAsync(RuntimeHarness harness, RecordingCaseStore store) =>
        await WithOldTimersAsync(harness, store.Inner);

    private static DueTimer Old(CaseState state, string key, TimerKind kind, int? level, DateTimeOffset dueAt) => new()
    {
        Id = Guid.NewGuid(), CaseId = state.Id, Key = key, Kind = kind, TaskId = state.Tasks[0].Id, Level = level, DueAt = dueAt, NextAttemptAt = dueAt, Version = 3,
    };
}
