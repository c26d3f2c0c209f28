using WorkflowEngine.Core.Notifications;
using static WorkflowEngine.Core.Tests.Notifications.OutboxMessages;

namespace WorkflowEngine.Core.Tests.Notifications;

public sealed class OutboxRetryTests
{
    private readonly DispatcherHarness _harness = new();
    private readonly InMemoryOutboxStore _store = new();
    private readonly CountingChannel _channel = new() { Failing = true };

    [Fact]
    public async Task A_failing_channel_is_retried_at_doubling_intervals_then_the_message_fails_and_an_admin_retry_delivers_it()
    {
        var message = TaskOverdue();
        _store.Add(message);
        var dispatcher = _harness.Dispatcher(_store, _channel);
        var waits = new[] { 30, 60, 120, 240, 480, 960, 1920 }.Select(s => TimeSpan.FromSeconds(s)).ToList();

        for (var attempt = 1; attempt <= waits.Count; attempt++)
        {
            var wait = waits[attempt - 1];
            Assert.Equal(1, (await dispatcher.DeliverDueAsync()).Retrying);
            var stored = _store.Get(message.Id);
            Assert.Equal((OutboxStatus.Pending, attempt, _harness.Time.GetUtcNow() + wait), (stored.Status, stored.Attempts, stored.NextAttemptAt));
            Assert.Equal("IOException: The relay refused the connection.", stored.LastError);

            _harness.Time.Advance(wait - TimeSpan.FromTicks(1));
            Assert.Equal(0, (await dispatcher.DeliverDueAsync()).Found);
            _harness.Time.Advance(TimeSpan.FromTicks(1));
        }

        Assert.Equal(1, (await dispatcher.DeliverDueAsync()).GaveUp);
        var failed = Assert.Single(await _store.ListFailedAsync(10));
        Assert.Equal((message.Id, OutboxStatus.Failed, 8), (failed.Id, failed.Status, failed.Attempts));

        _harness.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, (await dispatcher.DeliverDueAsync()).Found);

        _channel.Failing = false;
        Assert.True(await _store.RetryAsync(message.Id, _harness.Time.GetUtcNow()));
        Assert.Equal(1, (await dispatcher.DeliverDueAsync()).Sent);
        var sent = _store.Get(message.Id);
        Assert.Equal((OutboxStatus.Sent, _harness.Time.GetUtcNow(), 1, (string?)null), (sent.Status, sent.SentAt, sent.Attempts, sent.LeaseOwner));
        Assert.Equal(1, _channel.DeliveriesOf(message.Id));
        Assert.Empty(await _store.ListFailedAsync(10));
    }

    [Fact]
    public async Task A_message_not_yet_due_is_left_alone()
    {
        _store.Add(TaskOverdue(createdAt: Start.AddMinutes(5)));
        _channel.Failing = false;

        var result = await _harness.Dispatcher(_store, _channel).DeliverDueAsync();

        Assert.Equal(0, result.Found);
        Assert.Equal(0, _channel.TotalDeliveries);
    }

    [Fact]
    public async Task A_message_whose_holders_kept_dying_is_given_up_on_without_another_delivery()
    {
        var message = TaskOverdue();
        _store.Add(message);
        for (var i = 0; i < _harness.Options.MaxAttempts; i++)
        {
            // Each claim is an attempt whose holder died before recording anything.
            var claimed = await _store.TryClaimAsync(message.Id, _store.Get(message.Id).Version, "crashed", _harness.Time.GetUtcNow() + _harness.Options.LeaseDuration);
            Assert.NotNull(claimed);
            _harness.Time.Advance(_harness.Options.LeaseDuration);
        }

        _channel.Failing = false;
        var result = await _harness.Dispatcher(_store, _channel).DeliverDueAsync();

        Assert.Equal(1, result.GaveUp);
        Assert.Equal(0, _channel.TotalDeliveries);
        var stored = _store.Get(message.Id);
        Assert.Equal((OutboxStatus.Failed, 9, "TimeoutException: No dispatcher finished delivering it in 8 attempts."), (stored.Status, stored.Attempts, stored.LastError));
    }
}
