using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Mail;
using static WorkflowEngine.Core.Tests.Notifications.OutboxMessages;

namespace WorkflowEngine.Core.Tests.Notifications;

public sealed class RedeliveryTests : IDisposable
{
    private readonly TemporaryDirectory _pickup = new();

    public void Dispose() => _pickup.Dispose();

    [Fact]
    public async Task A_message_delivered_again_after_a_crash_leaves_one_email_file_and_one_inbox_row()
    {
        var harness = new DispatcherHarness();
        harness.Options.PickupDirectory = _pickup.Path;
        var outbox = new InMemoryOutboxStore();
        var inbox = new InMemoryInAppNotificationStore();
        var message = TaskOverdue();
        outbox.Add(message);
        var dispatcher = harness.Dispatcher(
            new CrashAfterDeliveryStore(outbox),
            new InAppChannel(inbox),
            new EmailChannel(harness.Options, new ConfiguredMailboxDirectory(harness.Options)));

        await Assert.ThrowsAsync<TimeoutException>(() => dispatcher.DeliverDueAsync());
        Assert.Equal(0, (await dispatcher.DeliverDueAsync()).Found);
        harness.Time.Advance(harness.Options.LeaseDuration);
        var result = await dispatcher.DeliverDueAsync();

        Assert.Equal(1, result.Sent);
        Assert.Equal((OutboxStatus.Sent, 2), (outbox.Get(message.Id).Status, outbox.Get(message.Id).Attempts));
        Assert.Equal([$"{message.Id:D}.eml"], Directory.GetFiles(_pickup.Path).Select(Path.GetFileName));
        var row = Assert.Single(await inbox.ListForAsync(message.Recipient, unreadOnly: true, max: 10));
        Assert.Equal((message.Id, message.Subject), (row.Id, row.Subject));
    }

    [Fact]
    public async Task Reading_an_inbox_row_keeps_the_first_read_time()
    {
        var inbox = new InMemoryInAppNotificationStore();
        var message = TaskOverdue();
        await new InAppChannel(inbox).DeliverAsync(message);

        Assert.True(await inbox.MarkReadAsync(message.Id, Start.AddMinutes(1)));
        Assert.True(await inbox.MarkReadAsync(message.Id, Start.AddMinutes(9)));

        Assert.Empty(await inbox.ListForAsync(message.Recipient, unreadOnly: true, max: 10));
        Assert.Equal(Start.AddMinutes(1), Assert.Single(await inbox.ListForAsync(message.Recipient, unreadOnly: false, max: 10)).ReadAt);
    }
}
