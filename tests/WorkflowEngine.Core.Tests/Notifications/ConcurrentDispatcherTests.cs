using WorkflowEngine.Core.Notifications;
using static WorkflowEngine.Core.Tests.Notifications.OutboxMessages;

namespace WorkflowEngine.Core.Tests.Notifications;

public sealed class ConcurrentDispatcherTests
{
    [Fact]
    public async Task Two_dispatchers_that_find_the_same_messages_deliver_each_exactly_once()
    {
        var harness = new DispatcherHarness();
        harness.Options.BatchSize = 50;
        var outbox = new InMemoryOutboxStore();
        var messages = Enumerable.Range(0, 40).Select(i => TaskOverdue(createdAt: Start.AddSeconds(-i))).ToList();
        messages.ForEach(outbox.Add);
        var store = new RendezvousOutboxStore(outbox, dispatchers: 2);
        var channel = new CountingChannel();
        var first = harness.Dispatcher(store, channel);
        var second = harness.Dispatcher(store, channel);

        var results = await Task.WhenAll(Task.Run(() => first.DeliverDueAsync()), Task.Run(() => second.DeliverDueAsync()));

        Assert.All(messages, m => Assert.Equal(1, channel.DeliveriesOf(m.Id)));
        Assert.All(messages, m => Assert.Equal(OutboxStatus.Sent, outbox.Get(m.Id).Status));
        Assert.Equal(40, results.Sum(r => r.Sent));
        Assert.Equal(40, results.Sum(r => r.Skipped));
        Assert.All(results, r => Assert.Equal(40, r.Found));
    }

    [Fact]
    public async Task A_message_leased_to_another_dispatcher_is_not_delivered_until_the_lease_lapses()
    {
        var harness = new DispatcherHarness();
        var outbox = new InMemoryOutboxStore();
        var message = TaskOverdue();
        outbox.Add(message);
        await outbox.TryClaimAsync(message.Id, 0, "elsewhere", Start + harness.Options.LeaseDuration);
        var channel = new CountingChannel();
        var dispatcher = harness.Dispatcher(outbox, channel);

        Assert.Equal(0, (await dispatcher.DeliverDueAsync()).Found);
        harness.Time.Advance(harness.Options.LeaseDuration);
        Assert.Equal(1, (await dispatcher.DeliverDueAsync()).Sent);
        Assert.Equal(1, channel.DeliveriesOf(message.Id));
    }
}
