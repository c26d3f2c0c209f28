using WorkflowEngine.Core.Notifications;

namespace WorkflowEngine.Core.Tests.Notifications;

/// <summary>An in-app inbox in memory, keyed on the outbox message id as the database table is.</summary>
internal sealed class InMemoryInAppNotificationStore : IInAppNotificationStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, InAppNotification> _rows = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _rows.Count;
            }
        }
    }

    public Task<bool> AddIfAbsentAsync(InAppNotification notification, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_rows.TryAdd(notification.Id, notification));
        }
    }

    public Task<IReadOnlyList<InAppNotification>> ListForAsync(NotificationRecipient recipient, bool unreadOnly, int max, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<InAppNotification> rows = _rows.Values
                .Where(n => n.Recipient == recipient && (!unreadOnly || n.ReadAt is null))
                .OrderByDescending(n => n.CreatedAt)
                .Take(max)
                .ToList();
            return Task.FromResult(rows);
        }
    }

    public Task<bool> MarkReadAsync(Guid id, DateTimeOffset readAt, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_rows.TryGetValue(id, out var row))
            {
                return Task.FromResult(false);
            }

            _rows[id] = row with { ReadAt = row.ReadAt ?? readAt };
            return Task.FromResult(true);
        }
    }
}
