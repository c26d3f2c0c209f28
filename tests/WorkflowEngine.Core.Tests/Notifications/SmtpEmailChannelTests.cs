using System.Net;
using System.Net.Sockets;
using MimeKit;
using netDumbster.smtp;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Mail;
using static WorkflowEngine.Core.Tests.Notifications.OutboxMessages;

namespace WorkflowEngine.Core.Tests.Notifications;

/// <summary>The e-mail channel against a real SMTP server running in the test process.</summary>
public sealed class SmtpEmailChannelTests
{
    [Fact]
    public async Task With_an_smtp_host_the_email_is_sent_over_smtp_with_the_outbox_message_id()
    {
        var port = FreeLocalPort();
        using var server = SimpleSmtpServer.Start(port);
        var received = new TaskCompletionSource<SmtpMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        server.MessageReceived += (_, e) => received.TrySetResult(e.Message);
        var options = new NotificationOptions
        {
            From = "workflow@north.example.org",
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, UseTls = false },
            People = new() { ["asmith"] = "a.smith@north.example.org" },
        };
        var message = TaskOverdue(recipient: new NotificationRecipient("north-council", "team-manager", "asmith"));

        await new EmailChannel(options, new ConfiguredMailboxDirectory(options)).DeliverAsync(message);

        // Waits on the server's socket, not on a clock; the limit only stops a broken test hanging.
        var smtp = await received.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["a.smith@north.example.org"], smtp.ToAddresses.Select(a => a.Address));
        using var email = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(smtp.Data)));
        Assert.Equal($"{message.Id:D}@north.example.org", email.MessageId);
        Assert.Equal(message.Subject, email.Subject);
        Assert.Equal(["a.smith@north.example.org"], email.To.Mailboxes.Select(m => m.Address));
    }

    private static int FreeLocalPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
