using WorkflowEngine.Core.Notifications;

namespace WorkflowEngine.Mail;

/// <summary>Finds the e-mail addresses a notification recipient is reached at.</summary>
public interface IMailboxDirectory
{
    /// <summary>
    /// The addresses for <paramref name="recipient"/>: the person's own when
    /// <see cref="NotificationRecipient.Person"/> is set, otherwise the agency role's team mailbox.
    /// Empty when none is known.
    /// </summary>
    Task<IReadOnlyList<string>> AddressesForAsync(NotificationRecipient recipient, CancellationToken cancellationToken = default);
}
