namespace WorkflowEngine.Core.Notifications;

/// <summary>Delivers to the recipient's in-app inbox, one row per outbox message however often it is delivered.</summary>
public sealed class InAppChannel : INotificationChannel
{
    private readonly IInAppNotificationStore _store;

    /// <summary>Creates the channel over the inbox store.</summary>
    public InAppChannel(IInAppNotificationStore store) => _store = store;

    /// <inheritdoc />
    public string Name => "in-app";

    /// <inheritdoc />
    public Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        var notification = new InAppNotification(
            message.Id,
            message.Recipient,
            message.Kind,
            message.Subject,
            message.Body,
            message.CaseId,
            message.TaskId,
            message.CreatedAt);

        // Whether the row was new does not matter: either way the recipient has exactly one.
        return _store.AddIfAbsentAsync(notification, cancellationToken);
    }
}
