using WorkflowEngine.Core.Notifications;

namespace WorkflowEngine.Mail;

/// <summary>
/// Delivers by e-mail: over SMTP when <see cref="SmtpOptions.Host"/> is set, otherwise as an .eml file
/// in <see cref="NotificationOptions.PickupDirectory"/>. Every delivery of one outbox message carries
/// the same Message-Id (and, in the pickup folder, the same file name), so a redelivery can be told apart.
/// </summary>
public sealed class EmailChannel : INotificationChannel
{
    private readonly NotificationOptions _options;
    private readonly IMailboxDirectory _directory;
    private readonly IMailSender _sender;

    /// <summary>Creates the channel, choosing SMTP or the pickup folder from the options.</summary>
    public EmailChannel(NotificationOptions options, IMailboxDirectory directory)
    {
        _options = options;
        _directory = directory;
        _sender = string.IsNullOrWhiteSpace(options.Smtp.Host)
            ? new PickupDirectoryMailWriter(options.PickupDirectory)
            : new SmtpMailSender(options.Smtp);
    }

    /// <inheritdoc />
    public string Name => "email";

    /// <inheritdoc />
    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        var addresses = await _directory.AddressesForAsync(message.Recipient, cancellationToken);
        if (addresses.Count == 0)
        {
            // Thrown so the failure is recorded and, after the last attempt, shown to an admin.
            throw new InvalidOperationException($"No e-mail address is known for {Describe(message.Recipient)}.");
        }

        var email = EmailMessageFactory.Create(message, _options.From, addresses);
        await _sender.SendAsync(email, cancellationToken);
    }

    private static string Describe(NotificationRecipient recipient) =>
        recipient.Person is { Length: > 0 } person ? $"person '{person}' in agency '{recipient.Agency}'" : $"role '{recipient.Role ?? "(all)"}' in agency '{recipient.Agency}'";
}
