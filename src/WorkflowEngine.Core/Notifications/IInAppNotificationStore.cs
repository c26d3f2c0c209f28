namespace WorkflowEngine.Core.Notifications;

/// <summary>The in-app inbox. Implemented by the persistence layer.</summary>
public interface IInAppNotificationStore
{
    /// <summary>
    /// Adds the notification unless one with the same <see cref="InAppNotification.Id"/> exists, so
    /// delivering the same outbox message twice leaves one row. Must be safe when two callers race.
    /// </summary>
    /// <returns>True when a row was added; false when it was already there.</returns>
    Task<bool> AddIfAbsentAsync(InAppNotification notification, CancellationToken cancellationToken = default);

    /// <summary>
    /// Up to <paramref name="max"/> notifications addressed exactly to <paramref name="recipient"/>,
    /// newest first; only unread ones when <paramref name="unreadOnly"/> is true.
    /// </summary>
    Task<IReadOnlyList<InAppNotification>> ListForAsync(NotificationRecipient recipient, bool unreadOnly, int max, CancellationToken cancellationToken = default);

    /// <summary>Marks a notification read at <paramref name="readAt"/>; reading it again keeps the first time.</summary>
    /// <returns>False when there is no such notification.</returns>
    Task<bool> MarkReadAsync(Guid id, DateTimeOffset readAt, CancellationToken cancellationToken = default);
}
