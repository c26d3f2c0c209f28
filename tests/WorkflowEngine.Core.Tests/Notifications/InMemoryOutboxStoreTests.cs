using WorkflowEngine.Core.Notifications;
using static WorkflowEngine.Core.Tests.Notifications.OutboxMessages;

namespace WorkflowEngine.Core.Tests.Notifications;

/// <summary>The concurrency contract of <see cref="IOutboxStore"/>, shown on the in-memory store the dispatcher tests use.</summary>
public sealed class InMemoryOutboxStoreTests
{
    private readonly InMemoryOutboxStore _store = new();

    [Fact]
    public async Task Claiming_with_a_stale_version_returns_null_and_changes_nothing()
    {
        var message = TaskOverdue();
        _store.Add(message);
        var first = await _store.TryClaimAsync(message.Id, 0, "a", Start.AddMinutes(2));

        var second = await _store.TryClaimAsync(message.Id, 0, "b", Start.AddMinutes(2));

        Assert.NotNull(first);
        Assert.Null(second);
        var stored = _store.Get(message.Id);
        Assert.Equal(("a", 1, 1L), (stored.LeaseOwner, stored.Attempts, stored.Version));
    }

    [Fact]
    public async Task A_leased_message_is_not_deliverable_until_its_lease_lapses()
    {
        var message = TaskOverdue();
        _store.Add(message);
        await _store.TryClaimAsync(message.Id, 0, "a", Start.AddMinutes(2));

        Assert.Empty(await _store.FindDeliverableAsync(Start.AddMinutes(2).AddTicks(-1), 10));
        Assert.Single(await _store.FindDeliverableAsync(Start.AddMinutes(2), 10));
    }

    [Fact]
    public async Task A_write_under_a_lost_lease_is_refused()
    {
        var message = TaskOverdue();
        _store.Add(message);
        var mine = await _store.TryClaimAsync(message.Id, 0, "a", Start.AddMinutes(2));
        var theirs = await _store.TryClaimAsync(message.Id, mine!.Version, "b", Start.AddMinutes(4));

        Assert.False(await _store.MarkSentAsync(message.Id, mine.Version, Start.AddMinutes(3)));
        Assert.False(await _store.RecordFailureAsync(message.Id, mine.Version, "boom", Start.AddMinutes(3), giveUp: false));
        Assert.True(await _store.MarkSentAsync(message.Id, theirs!.Version, Start.AddMinutes(3)));
    }

    [Fact]
    public async Task Only_a_failed_message_can_be_retried_and_its_attempts_start_again()
    {
        var message = TaskOverdue();
        _store.Add(message);
        Assert.False(await _store.RetryAsync(message.Id, Start));

        var claimed = await _store.TryClaimAsync(message.Id, 0, "a", Start.AddMinutes(2));
        await _store.RecordFailureAsync(message.Id, claimed!.Version, "IOException: refused", Start.AddMinutes(1), giveUp: true);
        Assert.True(await _store.RetryAsync(message.Id, Start.AddHours(1)));

        var stored = _store.Get(message.Id);
        Assert.Equal((OutboxStatus.Pending, 0, Start.AddHours(1), "IOException: refused"), (stored.Status, stored.Attempts, stored.NextAttemptAt, stored.LastError));
    }
}
