using WorkflowEngine.Core.Leases;

namespace WorkflowEngine.Persistence.Tests.Scenarios;

/// <summary>
/// A process that dies holding timer leases: after a restart on the same host the new run frees
/// its own instance's leases at once, so the timers fire without waiting out the lease.
/// </summary>
public abstract class LeaseRestartTests(DatabaseProvider provider)
{
    // A contact on Wednesday 29 April 2026 at 10:00 BST; 33 hours on, the front-door task's reminder and due time have passed.
    private static readonly DateTimeOffset Contact = DateTimeOffset.Parse("2026-04-29T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly DateTimeOffset AfterDue = Contact.AddHours(33);

    [Fact]
    public async Task Timers_leased_by_this_instance_before_a_restart_are_released_at_start_up_and_fire_at_once()
    {
        await using var host = await EngineHost.StartAsync(Contact, provider: provider);
        await host.OpenReferralAsync();
        host.MoveTo(AfterDue);
        var beforeRestart = new LeaseHolder(host.Dispatcher.Holder.Instance, "run-that-crashed");
        var held = await host.Timers.ClaimDueAsync(AfterDue, beforeRestart.NewOwner(), AfterDue + TimeSpan.FromMinutes(5), 100);
        Assert.Single(held); // the task's clock
        Assert.Equal(0, (await host.Dispatcher.DispatchDueAsync()).Fired);

        var released = await host.Dispatcher.ReleaseLeasesOfEarlierRunsAsync();
        var report = await host.Dispatcher.DispatchDueAsync();

        // The clock has not moved: nothing waited for the five-minute lease.
        Assert.Equal(AfterDue, host.Time.GetUtcNow());
        Assert.Equal(1, released);

        // The clock fired for the reminder, then, re-armed for the due time already passed, again.
        Assert.Equal(2, report.Fired);
        Assert.Equal(1, await host.CountJournalAsync("task.reminded"));
        Assert.Equal(1, await host.CountJournalAsync("task.overdue"));
    }

    [Fact]
    public async Task Leases_of_another_instance_are_left_to_lapse()
    {
        await using var host = await EngineHost.StartAsync(Contact, provider: provider);
        await host.OpenReferralAsync();
        host.MoveTo(AfterDue);
        var otherHost = new LeaseHolder("another-host:0123456789ab", "its-run");
        await host.Timers.ClaimDueAsync(AfterDue, otherHost.NewOwner(), AfterDue + TimeSpan.FromMinutes(5), 100);

        var released = await host.Dispatcher.ReleaseLeasesOfEarlierRunsAsync();

        Assert.Equal(0, released);
        Assert.Equal(0, (await host.Dispatcher.DispatchDueAsync()).Fired);
        host.MoveTo(AfterDue + TimeSpan.FromMinutes(5));
        Assert.Equal(2, (await host.Dispatcher.DispatchDueAsync()).Fired);
    }

    public sealed class OnSqlite() : LeaseRestartTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : LeaseRestartTests(DatabaseProvider.PostgreSql);
}
