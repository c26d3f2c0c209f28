using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Timers;
using Xunit.Abstractions;

namespace WorkflowEngine.Persistence.Tests.Scenarios;

/// <summary>
/// The dispatcher's promises on a real SQLite file: what fell due during an outage fires once on
/// start, two dispatchers on one database never fire a timer twice, and a failing timer retries
/// with back-off, becomes an incident, and fires when an admin retries it.
/// </summary>
public abstract class TimerDispatchTests(DatabaseProvider provider, ITestOutputHelper output)
{
    // Wednesday 29 April 2026, 10:00 BST. The front-door task is due Thursday 30 April, 17:00 BST,
    // with its reminder 24 hours earlier; level 1 of its ladder is not until 5 May.
    private static readonly DateTimeOffset Contact = new(2026, 4, 29, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Reminder = new(2026, 4, 29, 16, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AfterDue = new(2026, 4, 30, 18, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LevelOne = new(2026, 5, 5, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Timers_that_fell_due_while_no_dispatcher_ran_fire_once_each_on_start()
    {
        var folder = Path.Combine(Path.GetTempPath(), "engine-restart-" + Guid.NewGuid().ToString("N"));
        var cases = new List<Guid>();
        await using (var before = await EngineHost.StartAsync(Contact, folder, provider: provider))
        {
            for (var i = 0; i < 20; i++)
            {
                cases.Add((await before.OpenReferralAsync()).Id);
            }
        }

        // The service was down over the reminder and the due time; it comes back after both.
        try
        {
            await using var after = await EngineHost.StartAsync(AfterDue, folder, provider: provider);
            await after.DispatcherService.StartAsync(CancellationToken.None);
            try
            {
                await WaitUntilAsync(async () => await after.CountJournalAsync("task.overdue") == 20);
            }
            finally
            {
                await after.DispatcherService.StopAsync(CancellationToken.None);
            }

            Assert.Equal(20, await after.CountJournalAsync("task.reminded"));
            Assert.Equal(0, (await after.Dispatcher.DispatchDueAsync()).Fired);
            foreach (var id in cases)
            {
                var journal = await after.Cases.ReadJournalAsync(id);
                Assert.Single(journal, j => j.Kind == "task.overdue");
                Assert.Single(journal, j => j.Kind == "task.reminded");
            }

            // A late reminder is journalled but not sent: the overdue notice says more.
            Assert.Equal(20, (await after.OutboxAsync()).Count(m => m.Kind == "task.overdue"));
            Assert.DoesNotContain(await after.OutboxAsync(), m => m.Kind == "task.reminder");
        }
        finally
        {
            await EngineHost.DeleteFolderAsync(folder);
        }
    }

    [Fact]
    public async Task Two_dispatchers_on_one_database_fire_each_of_ten_thousand_timers_exactly_once()
    {
        const int Cases = 5_000;
        await using var first = await EngineHost.StartAsync(Contact, provider: provider);
        await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            for (var i = 0; i < Cases / 2; i++)
            {
                await first.OpenReferralAsync();
            }
        }));
        await using var second = await EngineHost.StartAsync(AfterDue, first.Folder, provider: provider);
        first.MoveTo(AfterDue);
        Assert.Equal((Cases, 0), await first.Timers.CountAsync()); // one clock a task

        var clock = Stopwatch.StartNew();
        var reports = await Task.WhenAll(Task.Run(() => first.Dispatcher.DispatchDueAsync()), Task.Run(() => second.Dispatcher.DispatchDueAsync()));
        output.WriteLine($"Dispatchers fired {reports[0].Fired} and {reports[1].Fired} ({reports.Sum(r => r.Skipped)} found already handled) in {clock.Elapsed.TotalSeconds:F1} s.");

        // Each case's clock was due for a reminder, then (re-armed) for the overdue mark: 10,000 firings in all.
        Assert.Equal(2 * Cases, reports.Sum(r => r.Fired));
        Assert.Equal(0, reports.Sum(r => r.Failed));
        Assert.All(reports, r => Assert.True(r.Fired > 0, "Both dispatchers should have fired some timers."));
        Assert.Equal(Cases, await first.CountJournalAsync("task.reminded"));
        Assert.Equal(Cases, await first.CountJournalAsync("task.overdue"));
        await using var db = first.NewContext();
        Assert.Equal(Cases, await db.Outbox.CountAsync(m => m.Kind == "task.overdue"));
        Assert.Equal(Cases, await db.Outbox.Where(m => m.Kind == "task.overdue").Select(m => m.CaseId).Distinct().CountAsync());
        var perCase = await db.Journal.Where(j => j.Kind == "task.overdue" || j.Kind == "task.reminded")
            .GroupBy(j => new { j.CaseId, j.Kind }).Select(g => g.Count()).Distinct().ToListAsync();
        Assert.Equal([1], perCase);

        // Left: each task's clock, armed for level 1 of its ladder, not yet due.
        Assert.Equal((Cases, 0), await first.Timers.CountAsync());
        Assert.Equal(0, (await first.Dispatcher.DispatchDueAsync()).Fired + (await second.Dispatcher.DispatchDueAsync()).Fired);
    }

    [Fact]
    public async Task A_failing_timer_retries_with_back_off_becomes_an_incident_and_fires_when_an_admin_retries_it()
    {
        var options = new TimerOptions { MaxAttempts = 3, RetryBackoff = TimeSpan.FromMinutes(1) };
        await using var host = await EngineHost.StartAsync(Contact, timers: options, provider: provider);
        var opened = await host.OpenReferralAsync();
        var handler = new FailingHandler(host.Cases, failures: 3);
        var dispatcher = new TimerDispatcher(host.Timers, handler, options, host.Time, NullLogger<TimerDispatcher>.Instance);

        host.MoveTo(Reminder);
        Assert.Equal(1, (await dispatcher.DispatchDueAsync()).Failed);
        Assert.Equal(0, (await dispatcher.DispatchDueAsync()).Failed + handler.Calls - 1);

        // Back-off: one minute, then two.
        host.MoveTo(Reminder + TimeSpan.FromMinutes(1) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, (await dispatcher.DispatchDueAsync()).Failed);
        host.MoveTo(Reminder + TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await dispatcher.DispatchDueAsync()).Failed);
        host.MoveTo(Reminder + TimeSpan.FromMinutes(3));
        var last = await dispatcher.DispatchDueAsync();
        Assert.Equal((1, 1), (last.Failed, last.Incidents));

        var incident = Assert.Single(await host.Timers.ListIncidentsAsync());
        Assert.Equal((TimerKind.TaskClock, 3, TimerStatus.Incident), (incident.Kind, incident.Attempts, incident.Status));
        Assert.Contains("The mail relay is down.", incident.LastError, StringComparison.Ordinal);
        host.MoveTo(Reminder + TimeSpan.FromHours(2));
        Assert.Equal(0, (await dispatcher.DispatchDueAsync()).Fired);
        Assert.Equal(0, await host.CountJournalAsync("task.reminded"));

        Assert.True(await host.Timers.RetryIncidentAsync(incident.Id, host.Time.GetUtcNow()));
        Assert.Equal(1, (await dispatcher.DispatchDueAsync()).Fired);
        Assert.Equal(1, await host.CountJournalAsync("task.reminded"));
        Assert.Empty(await host.Timers.ListIncidentsAsync());
        // The same row, re-armed for the overdue mark: pending again, its failed attempts forgotten.
        var clock = Assert.Single((await host.Cases.GetAsync(opened.Id))!.Timers);
        Assert.Equal((incident.Id, opened.Tasks.Single().DueAt, TimerStatus.Pending, 0, (string?)null),
            (clock.Id, clock.DueAt, clock.Status, clock.Attempts, clock.LastError));
    }

    [Fact]
    public async Task A_tasks_timers_due_together_fire_in_one_command_and_one_by_one_when_that_fails()
    {
        await using var host = await EngineHost.StartAsync(Contact, provider: provider);
        var together = await host.OpenReferralAsync();
        var apart = await host.OpenReferralAsync();

        // Rows written before the task clock: a reminder, an overdue mark and level 1 (5 May), each its own timer.
        foreach (var state in new[] { together, apart })
        {
            await OldTimerRows.WriteAsync(host, state,
                (TimerKind.TaskReminder, null, Reminder), (TimerKind.TaskOverdue, null, state.Tasks.Single().DueAt), (TimerKind.EscalationRung, 1, LevelOne));
        }

        var handler = new FailsTogetherOnce(host.Cases, apart.Id);
        var dispatcher = new TimerDispatcher(host.Timers, handler, new TimerOptions(), host.Time, NullLogger<TimerDispatcher>.Instance);

        // Reminder and overdue mark of each case fall due while nothing runs.
        host.MoveTo(AfterDue);
        var report = await dispatcher.DispatchDueAsync();

        // Fired apart, the case's reminder row fires first and gives way to the clock, so its old
        // overdue row is found gone (skipped) and the clock fires the overdue mark instead.
        Assert.Equal((4, 1, 0), (report.Fired, report.Skipped, report.Failed));
        foreach (var id in new[] { together.Id, apart.Id })
        {
            var journal = await host.Cases.ReadJournalAsync(id);
            Assert.Equal(["task.reminded", "task.overdue"], journal.Select(j => j.Kind).Where(k => k.StartsWith("task.", StringComparison.Ordinal) && k != "task.created"));
            Assert.True((await host.Cases.VerifyJournalAsync(id))!.IsIntact);
        }

        // One command (one save) for the case fired together, two for the one fired apart.
        Assert.Equal(together.Version + 1, (await host.Cases.GetAsync(together.Id))!.Version);
        Assert.Equal(apart.Version + 2, (await host.Cases.GetAsync(apart.Id))!.Version);

        // And the old rows gave way to one clock a task, armed for level 1.
        foreach (var id in new[] { together.Id, apart.Id })
        {
            var clock = Assert.Single((await host.Cases.GetAsync(id))!.Timers);
            Assert.Equal((TimerKind.TaskClock, LevelOne), (clock.Kind, clock.DueAt));
        }
    }

    [Fact]
    public async Task Cases_fired_as_one_batch_each_save_on_their_own_and_a_stale_claim_fires_nothing()
    {
        await using var host = await EngineHost.StartAsync(Contact, provider: provider);
        var opened = new[] { await host.OpenReferralAsync(), await host.OpenReferralAsync(), await host.OpenReferralAsync() };
        host.MoveTo(AfterDue);
        var claimed = await host.Timers.ClaimDueAsync(AfterDue, "test", AfterDue + TimeSpan.FromMinutes(5), 100);
        var groups = opened.Select(c => (IReadOnlyList<DueTimer>)[.. claimed.Where(t => t.CaseId == c.Id)]).ToList();

        // The third case's claim is stale: someone changed its timers after this claim.
        groups[2] = [.. groups[2].Select(Stale)];
        var settled = await host.Cases.FireEachAsync(groups);

        if (provider == DatabaseProvider.Sqlite)
        {
            // The clock of each of the first two fires for its reminder (the overdue mark is the next
            // firing's) and is re-armed in place; the stale claim fires nothing.
            Assert.Equal([1, 1, 0], settled);
            foreach (var fired in opened[..2])
            {
                var journal = await host.Cases.ReadJournalAsync(fired.Id);
                Assert.Single(journal, j => j.Kind == "task.reminded");
                Assert.DoesNotContain(journal, j => j.Kind == "task.overdue");
                var stored = (await host.Cases.GetAsync(fired.Id))!;
                Assert.Equal(fired.Version + 1, stored.Version);
                var claim = claimed.Single(t => t.CaseId == fired.Id);
                var clock = Assert.Single(stored.Timers);
                Assert.Equal((claim.Id, claim.Version + 1, fired.Tasks.Single().DueAt, (string?)null), (clock.Id, clock.Version, clock.DueAt, clock.LeaseOwner));
                Assert.True((await host.Cases.VerifyJournalAsync(fired.Id))!.IsIntact);
            }

            Assert.DoesNotContain(await host.Cases.ReadJournalAsync(opened[2].Id), j => j.Kind == "task.overdue");
            Assert.Equal(opened[2].Version, (await host.Cases.GetAsync(opened[2].Id))!.Version);
        }
        else
        {
            // PostgreSQL saves one by one anyway: the dispatcher fires each case alone, side by side.
            Assert.Equal([null, null, null], settled);
            Assert.Equal(0, await host.CountJournalAsync("task.overdue"));
        }
    }

    private static DueTimer Stale(DueTimer timer) => new()
    {
        Id = timer.Id, CaseId = timer.CaseId, Key = timer.Key, Kind = timer.Kind, TaskId = timer.TaskId, Level = timer.Level,
        DueAt = timer.DueAt, NextAttemptAt = timer.NextAttemptAt, Version = timer.Version - 1,
    };

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        // A generous bound so a stalled dispatcher fails the test rather than hanging it.
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The dispatcher did not fire the timers that fell due during the outage.");
            await Task.Delay(20);
        }
    }

    private sealed class FailingHandler(CaseService inner, int failures) : ITimerHandler
    {
        public int Calls { get; private set; }

        public Task<bool> FireAsync(DueTimer timer, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Calls <= failures ? throw new InvalidOperationException("The mail relay is down.") : inner.FireAsync(timer, cancellationToken);
        }
    }

    /// <summary>Fails the first attempt to fire one case's timers together, as a passing database fault would.</summary>
    private sealed class FailsTogetherOnce(CaseService inner, Guid caseId) : ITimerHandler
    {
        private bool _failed;

        public Task<bool> FireAsync(DueTimer timer, CancellationToken cancellationToken = default) => inner.FireAsync(timer, cancellationToken);

        public Task<int> FireTogetherAsync(IReadOnlyList<DueTimer> timers, CancellationToken cancellationToken = default)
        {
            if (!_failed && timers[0].CaseId == caseId)
            {
                _failed = true;
                throw new InvalidOperationException("The disk was briefly full.");
            }

            return inner.FireTogetherAsync(timers, cancellationToken);
        }
    }

    public sealed class OnSqlite(ITestOutputHelper output) : TimerDispatchTests(DatabaseProvider.Sqlite, output);

    public sealed class OnPostgreSql(ITestOutputHelper output) : TimerDispatchTests(DatabaseProvider.PostgreSql, output);
}
