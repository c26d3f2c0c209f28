namespace WorkflowEngine.Core.Notifications;

/// <summary>One way of delivering an outbox message (the in-app inbox, e-mail).</summary>
/// <remarks>
/// Delivery is at least once, so a channel must be idempotent on <see cref="OutboxMessage.Id"/>:
/// delivering the same message again must not leave a second copy with the recipient.
/// A channel reports failure by throwing; the dispatcher records it and retries later.
/// </remarks>
public interface INotificationChannel
{
    /// <summary>A short name for logs and error records, e.g. <c>email</c>.</summary>
    string Name { get; }

    /// <summary>Delivers the message, or throws if it could not.</summary>
    Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken = default);
}
