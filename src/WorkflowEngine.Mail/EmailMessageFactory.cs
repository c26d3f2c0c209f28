using MimeKit;

using WorkflowEngine.Core.Notifications;

namespace WorkflowEngine.Mail;

/// <summary>Turns an outbox message into an e-mail that is the same every time it is built.</summary>
internal static class EmailMessageFactory
{
    public static MimeMessage Create(OutboxMessage message, string from, IReadOnlyList<string> to)
    {
        var sender = MailboxAddress.Parse(from);
        var email = new MimeMessage
        {
            // Derived from the outbox id, so a receiving system can drop a redelivered copy.
            MessageId = MessageIdFor(message.Id, sender.Domain),
            // The event's time rather than the clock's, so every delivery of a message is byte-for-byte alike.
            Date = message.CreatedAt,
            Subject = message.Subject,
            Body = new TextPart("plain") { Text = message.Body },
        };
        email.From.Add(sender);
        email.To.AddRange(to.Select(MailboxAddress.Parse));
        email.Headers.Add("X-Notification-Kind", message.Kind);
        return email;
    }

    /// <summary>The Message-Id (without angle brackets) for an outbox message.</summary>
    public static string MessageIdFor(Guid outboxId, string domain) =>
        $"{outboxId:D}@{(string.IsNullOrEmpty(domain) ? "workflow-engine.invalid" : domain)}";
}
