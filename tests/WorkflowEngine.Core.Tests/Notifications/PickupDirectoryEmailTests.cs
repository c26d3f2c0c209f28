using MimeKit;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Mail;
using static WorkflowEngine.Core.Tests.Notifications.OutboxMessages;

namespace WorkflowEngine.Core.Tests.Notifications;

public sealed class PickupDirectoryEmailTests : IDisposable
{
    private readonly TemporaryDirectory _pickup = new();
    private readonly EmailChannel _channel;

    public PickupDirectoryEmailTests()
    {
        var options = new NotificationOptions
        {
            From = "workflow@north.example.org",
            PickupDirectory = _pickup.Path,
            Mailboxes = new() { ["north-council/team-manager"] = "tm@north.example.org" },
        };
        _channel = new EmailChannel(options, new ConfiguredMailboxDirectory(options));
    }

    public void Dispose() => _pickup.Dispose();

    [Fact]
    public async Task Without_an_smtp_host_the_email_is_written_to_the_pickup_folder_named_by_the_outbox_id()
    {
        var message = TaskOverdue();

        await _channel.DeliverAsync(message);

        var file = Assert.Single(Directory.GetFiles(_pickup.Path));
        Assert.Equal($"{message.Id:D}.eml", Path.GetFileName(file));
        using var email = await MimeMessage.LoadAsync(file);
        Assert.Equal($"{message.Id:D}@north.example.org", email.MessageId);
        Assert.Equal("workflow@north.example.org", email.From.Mailboxes.Single().Address);
        Assert.Equal(["tm@north.example.org"], email.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(message.Subject, email.Subject);
        Assert.Equal(message.CreatedAt, email.Date);
        Assert.Equal("task.overdue", email.Headers["X-Notification-Kind"]);
        Assert.Equal(message.Body, email.TextBody?.TrimEnd('\r', '\n'));
    }

    [Fact]
    public async Task Delivering_the_same_message_again_replaces_its_file_and_leaves_no_temporary_file()
    {
        var message = TaskOverdue();
        await _channel.DeliverAsync(message);
        var first = await File.ReadAllBytesAsync(Path.Combine(_pickup.Path, $"{message.Id:D}.eml"));

        await _channel.DeliverAsync(message);

        var file = Assert.Single(Directory.GetFiles(_pickup.Path));
        Assert.Equal(first, await File.ReadAllBytesAsync(file));
    }

    [Fact]
    public async Task A_recipient_with_no_address_fails_the_delivery_naming_the_recipient()
    {
        var options = new NotificationOptions { PickupDirectory = _pickup.Path, FallbackMailboxTemplate = null };
        var channel = new EmailChannel(options, new ConfiguredMailboxDirectory(options));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => channel.DeliverAsync(TaskOverdue(recipient: new NotificationRecipient("health", "nurse"))));

        Assert.Equal("No e-mail address is known for role 'nurse' in agency 'health'.", error.Message);
        Assert.Empty(Directory.GetFiles(_pickup.Path));
    }
}
