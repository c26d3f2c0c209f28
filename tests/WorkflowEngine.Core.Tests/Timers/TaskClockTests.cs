using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Tests.Runtime;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Tests.Timers;

/// <summary>
/// A task has one timer, its clock, armed for the earliest deadline it still awaits; firing it does
/// what the separate reminder, overdue and rung timers did at that instant, and re-arms the same row.
/// The screening task is due Tuesday 3 March 2026 17:00 and climbs children's social care's default
/// ladder: 2, 5, 2 and 2 working days on.
/// </summary>
public sealed class TaskClockTests
{
    private static readonly DateTimeOffset RemindAt = At(2, 17);
    private static readonly DateTimeOffset DueAt = At(3, 17);
    private static readonly DateTimeOffset[] Rungs = [At(5, 17), At(12, 17), At(16, 17), At(18, 17)];

    [Fact]
    public async Task A_live_task_has_one_timer_its_clock_armed_for_its_reminder()
    {
        var harness = await RuntimeHarness.StartAsync();

        var opened = await harness.OpenAsync();

        var task = opened.Tasks.Single();
        var clock = Assert.Single(opened.Timers);
        Assert.Equal((TimerKeys.TaskClock(task.Id), TimerKind.TaskClock, task.Id, (int?)null, RemindAt), (clock.Key, clock.Kind, clock.TaskId, clock.Level, clock.DueAt));
        Assert.Equal($"task/{task.Id:N}/clock", clock.Key);
    }

    [Fact]
    public async Task Each_live_task_of_a_stage_has_its_own_clock_and_nothing_else()
    {
        var harness = await RuntimeHarness.StartAsync();
        var opened = await harness.OpenAsync();

        var planned = await harness.CompleteAsync(opened, "screen-referral", "plan", RuntimeHarness.Screening("police", "education"));

        var live = planned.Tasks.Where(t => t.IsActive).ToList();
        Assert.True(live.Count >= 3);
        var taskTimers = planned.Timers.Where(t => t.Kind != TimerKind.StageTransition).ToList();
        Assert.All(taskTimers, t => Assert.Equal(TimerKind.TaskClock, t.Kind));
        Assert.Equal(live.Select(t => TimerKeys.TaskClock(t.Id)).Order(), taskTimers.Select(t => t.Key).Order());
    }

    [Fact]
    public async Task The_clock_climbs_reminder_overdue_and_each_rung_in_turn_doing_what_the_separate_timers_did()
    {
        var harness = await RuntimeHarness.StartAsync();
        var opened = await harness.OpenAsync();
        var task = opened.Tasks.Single();

        var armed = new List<DateTimeOffset>();
        var state = opened;
        while (state.Timers.SingleOrDefault(t => t.Kind == TimerKind.TaskClock) is { } clock)
        {
            Assert.True(armed.Count < 10, "The clock never stopped.");
            armed.Add(clock.DueAt);
            harness.Time.SetUtcNow(clock.DueAt);
            Assert.Equal(1, await harness.Service.Timers.FireTogetherAsync([clock]));
            state = (await harness.Cases.LoadAsync(opened.Id))!;
        }

        Assert.Equal([RemindAt, DueAt, .. Rungs], armed);
        var journal = (await harness.Cases.ReadJournalAsync(opened.Id)).Where(e => e.Kind.StartsWith("task.", StringComparison.Ordinal) && e.Kind != "task.created").ToList();
        Assert.Equal(["task.reminded", "task.overdue", "task.escalated", "task.escalated", "task.escalated", "task.escalated"], journal.Select(e => e.Kind));
        Assert.Equal(armed, journal.Select(e => e.OccurredAt));
        var escalated = journal.Where(e => e.Kind == "task.escalated").ToList();
        Assert.Equal([1, 2, 3, 4], escalated.Select(e => e.Data["level"]!.GetValue<int>()));
        Assert.Equal(Rungs.Select((at, i) => $"Not done by level {i + 1}'s deadline ({at:yyyy-MM-dd HH:mm} UTC)."), escalated.Select(e => e.Data["reason"]!.GetValue<string>()));
        var after = state.Tasks.Single(t => t.Id == task.Id);
        Assert.Equal((RemindAt, (DateTimeOffset?)DueAt, 4), (after.RemindedAt!.Value, after.MarkedOverdueAt, after.EscalationLevel));
        Assert.Empty(state.Timers);
    }

    [Fact]
    public async Task A_clock_fired_late_does_only_what_fell_due_by_the_instant_it_was_armed_for_and_is_re_armed_for_the_rest()
    {
        var harness = await RuntimeHarness.StartAsync();
        var opened = await harness.OpenAsync();
        harness.Time.SetUtcNow(At(31, 9));

        var fired = new List<DateTimeOffset>();
        var state = opened;
        while (state.Timers.SingleOrDefault(t => t.Kind == TimerKind.TaskClock) is { } clock)
        {
            Assert.True(fired.Count < 10, "The clock never stopped.");
            fired.Add(clock.DueAt);
            Assert.Equal(1, await harness.Service.Timers.FireTogetherAsync([clock]));
            state = (await harness.Cases.LoadAsync(opened.Id))!;
        }

        // One deadline a firing, each the next in turn, however late: six firings, none twice.
        Assert.Equal([RemindAt, DueAt, .. Rungs], fired);
        var journal = await harness.Cases.ReadJournalAsync(opened.Id);
        Assert.Equal(["task.reminded", "task.overdue", "task.escalated", "task.escalated", "task.escalated", "task.escalated"],
            journal.Where(e => e.Kind is "task.reminded" or "task.overdue" or "task.escalated").Select(e => e.Kind));
        Assert.False(journal.Single(e => e.Kind == "task.reminded").Data["sent"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Re_arming_the_clock_updates_its_row_at_the_claimed_version_and_the_last_firing_deletes_it()
    {
        var store = new RecordingCaseStore();
        var harness = await RuntimeHarness.StartAsync(store);
        var opened = await harness.OpenAsync();
        var clock = opened.Timers.Single();
        harness.Time.SetUtcNow(RemindAt);

        await harness.Service.Timers.FireTogetherAsync([clock]);

        var set = store.LastSaved.Single();
        Assert.Empty(set.AddedTimers);
        Assert.Empty(set.RemovedTimers);
        var (rearmed, expected) = Assert.Single(set.ModifiedTimers);
        Assert.Equal((clock.Id, clock.Key, clock.Version, clock.Version + 1, DueAt, DueAt, 0, TimerStatus.Pending, (string?)null),
            (rearmed.Id, rearmed.Key, expected, rearmed.Version, rearmed.DueAt, rearmed.NextAttemptAt, rearmed.Attempts, rearmed.Status, rearmed.LeaseOwner));

        var state = (await harness.Cases.LoadAsync(opened.Id))!;
        for (var i = 0; i < 4; i++)
        {
            var next = state.Timers.Single();
            harness.Time.SetUtcNow(next.DueAt);
            await harness.Service.Timers.FireTogetherAsync([next]);
            state = (await harness.Cases.LoadAsync(opened.Id))!;
        }

        var top = state.Timers.Single();
        Assert.Equal((clock.Id, Rungs[3]), (top.Id, top.DueAt));
        harness.Time.SetUtcNow(top.DueAt);
        await harness.Service.Timers.FireTogetherAsync([top]);

        var last = store.LastSaved.Single();
        Assert.Empty(last.AddedTimers);
        Assert.Empty(last.ModifiedTimers);
        var (removed, removedAt) = Assert.Single(last.RemovedTimers);
        Assert.Equal((top.Id, top.Version), (removed.Id, removedAt));
    }

    [Fact]
    public async Task A_clock_whose_row_moved_on_since_it_was_claimed_fires_nothing()
    {
        var harness = await RuntimeHarness.StartAsync();
        var opened = await harness.OpenAsync();
        var clock = opened.Timers.Single();
        harness.Time.SetUtcNow(RemindAt);
        Assert.Equal(1, await harness.Service.Timers.FireTogetherAsync([clock]));

        // The same claim again: the row was re-armed at a newer version, so this claim is stale.
        Assert.Equal(0, await harness.Service.Timers.FireTogetherAsync([clock]));

        var journal = await harness.Cases.ReadJournalAsync(opened.Id);
        Assert.Single(journal, e => e.Kind == "task.reminded");
        Assert.DoesNotContain(journal, e => e.Kind == "task.overdue");
    }

    [Fact]
    public async Task A_completed_task_and_a_closed_case_have_no_timer()
    {
        var store = new RecordingCaseStore();
        var harness = await RuntimeHarness.StartAsync(store);
        var opened = await harness.OpenAsync();
        var clock = opened.Timers.Single();

        var closed = await harness.CompleteAsync(opened, "screen-referral", "close", RuntimeHarness.Screening());

        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Empty(closed.Timers);
        var (removed, expected) = Assert.Single(store.LastSaved.Single().RemovedTimers);
        Assert.Equal((clock.Id, clock.Version), (removed.Id, expected));
    }

    [Fact]
    public async Task A_completed_task_loses_its_clock_while_the_tasks_it_starts_gain_theirs()
    {
        var harness = await RuntimeHarness.StartAsync();
        var opened = await harness.OpenAsync();
        var screening = opened.Tasks.Single();

        var planned = await harness.CompleteAsync(opened, "screen-referral", "plan", RuntimeHarness.Screening("police"));

        Assert.DoesNotContain(planned.Timers, t => t.TaskId == screening.Id);
        Assert.All(planned.Tasks.Where(t => t.IsActive), t => Assert.Single(planned.Timers, timer => timer.TaskId == t.Id));
    }

    [Fact]
    public async Task A_rung_due_with_the_task_fires_with_the_overdue_mark_in_one_firing_of_one_row()
    {
        // The timer storm's shape: level 1 falls due the moment the task does, level 2 a working day on.
        var store = new RecordingCaseStore();
        var harness = await RuntimeHarness.StartAsync(store);
        var workflow = JsonNode.Parse(RuntimeHarness.Fixture("test-referral"))!;
        var screening = workflow["stages"]!.AsArray().Single(s => s!["key"]!.GetValue<string>() == "screen")!["tasks"]![0]!;
        screening["escalation"] = JsonNode.Parse("""
            [
              { "level": 1, "after": { "workingDays": 0 }, "target": { "role": "team-manager" }, "actions": ["notify"] },
              { "level": 2, "after": { "workingDays": 1 }, "target": { "role": "agency-manager" }, "actions": ["notify"] }
            ]
            """);
        await harness.Documents.PublishAsync(DocumentKind.Workflow, "test-referral", workflow.ToJsonString(), "hash2", "test");
        var opened = await harness.OpenAsync();
        var reminder = opened.Timers.Single();
        harness.Time.SetUtcNow(reminder.DueAt);
        await harness.Service.Timers.FireTogetherAsync([reminder]);
        var before = (await harness.Cases.LoadAsync(opened.Id))!;
        var clock = before.Timers.Single();
        Assert.Equal(DueAt, clock.DueAt);

        harness.Time.SetUtcNow(DueAt);
        Assert.Equal(1, await harness.Service.Timers.FireTogetherAsync([clock]));

        var after = (await harness.Cases.LoadAsync(opened.Id))!;
        Assert.Equal(before.Version + 1, after.Version);
        var journal = (await harness.Cases.ReadJournalAsync(opened.Id)).Where(e => e.Kind is "task.overdue" or "task.escalated").ToList();
        Assert.Equal(["task.overdue", "task.escalated"], journal.Select(e => e.Kind));
        Assert.Equal($"Not done by level 1's deadline ({DueAt:yyyy-MM-dd HH:mm} UTC).", journal[1].Data["reason"]!.GetValue<string>());
        var set = store.LastSaved.Single();
        Assert.Empty(set.AddedTimers);
        Assert.Empty(set.RemovedTimers);
        var (rearmed, _) = Assert.Single(set.ModifiedTimers);
        Assert.Equal((clock.Id, At(4, 17)), (rearmed.Id, rearmed.DueAt));
    }

    internal static DateTimeOffset At(int day, int hour) => new(2026, 3, day, hour, 0, 0, TimeSpan.Zero);
}
