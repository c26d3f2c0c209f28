using WorkflowEngine.Core.Notifications;

namespace WorkflowEngine.Core.Tests.Notifications;

/// <summary>
/// An outbox in memory with the concurrency contract of <see cref="IOutboxStore"/>: every write is a
/// compare-and-set on the version, and reads hand out copies, as a database would.
/// </summary>
internal sealed class InMemoryOutboxStore : IOutboxStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, OutboxMessage> _messages = [];

    public void Add(OutboxMessage message)
    {
        lock (_gate)
        {
            _messages.Add(message.Id, Copy(message));
        }
    }

    public OutboxMessage Get(Guid id)
    {
        lock (_gate)
        {
            return Copy(_messages[id]);
        }
    }

    public Task<IReadOnlyList<OutboxMessage>> FindDeliverableAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<OutboxMessage> due = _messages.Values
                .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LeaseUntil is null || m.LeaseUntil <= now))
                .OrderBy(m => m.CreatedAt)
                .Take(max)
                .Select(Copy)
                .ToList();
            return Task.FromResult(due);
        }
    }

    public Task<OutboxMessage?> TryClaimAsync(Guid id, long expectedVersion, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_messages.TryGetValue(id, out var stored) || stored.Version != expectedVersion || stored.Status != OutboxStatus.Pending)
            {
                return Task.FromResult<OutboxMessage?>(null);
            }

            stored.LeaseOwner = owner;
            stored.LeaseUntil = leaseUntil;
            stored.Attempts++;
            stored.Version++;
            return Task.FromResult<OutboxMessage?>(Copy(stored));
        }
    }

    public Task<int> ReleaseLeasesAsync(string instancePrefix, string keepPrefix, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var held = _messages.Values.Where(m => m.Status == OutboxStatus.Pending && m.LeaseOwner is { } owner
                && owner.StartsWith(instancePrefix, StringComparison.Ordinal) && !owner.StartsWith(keepPrefix, StringComparison.Ordinal)).ToList();
            foreach (var message in held)
            {
                message.LeaseOwner = null;
                message.LeaseUntil = null;
                message.Version++;
            }

            return Task.FromResult(held.Count);
        }
    }

    public Task<bool> MarkSentAsync(Guid id, long expectedVersion, DateTimeOffset sentAt, CancellationToken cancellationToken = default) =>
        Update(id, expectedVersion, stored =>
        {
            stored.Status = OutboxStatus.Sent;
            stored.SentAt = sentAt;
        });

    public Task<bool> RecordFailureAsync(Guid id, long expectedVersion, string error, DateTimeOffset nextAttemptAt, bool giveUp, CancellationToken cancellationToken = default) =>
        Update(id, expectedVersion, stored =>
        {
            stored.Status = giveUp ? OutboxStatus.Failed : OutboxStatus.Pending;
            stored.LastError = error;
            stored.NextAttemptAt = nextAttemptAt;
        });

    public Task<IReadOnlyList<OutboxMessage>> ListFailedAsync(int max, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<OutboxMessage> failed = _messages.Values.Where(m => m.Status == OutboxStatus.Failed).OrderBy(m => m.CreatedAt).Take(max).Select(Copy).ToList();
            return Task.FromResult(failed);
        }
    }

    public Task<bool> RetryAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_messages.TryGetValue(id, out var stored) || stored.Status != OutboxStatus.Failed)
            {
                return Task.FromResult(false);
            }

            stored.Status = OutboxStatus.Pending;
            stored.Attempts = 0;
            stored.NextAttemptAt = now;
            stored.Version++;
            return Task.FromResult(true);
        }
    }

    private Task<bool> Update(Guid id, long expectedVersion, Action<OutboxMessage> change)
    {
        lock (_gate)
        {
            if (!_messages.TryGetValue(id, out var stored) || stored.Version != expectedVersion)
            {
                return Task.FromResult(false);
            }

            change(stored);
            stored.LeaseOwner = null;
            stored.LeaseUntil = null;
            stored.Version++;
            return Task.FromResult(true);
        }
    }

    private static OutboxMessage Copy(OutboxMessage m) => new()
    {
        Id = m.Id,
        CreatedAt = m.CreatedAt,
        Kind = m.Kind,
        CaseId = m.CaseId,
        TaskId = m.TaskId,
        Recipient = m.Recipient,
        Subject = m.Subject,
        Body = m.Body,
        Status = m.Status,
        Attempts = m.Attempts,
        NextAttemptAt = m.NextAttemptAt,
        SentAt = m.SentAt,
        LastError = m.LastError,
        LeaseOwner = m.LeaseOwner,
        LeaseUntil = m.LeaseUntil,
        Version = m.Version,
    };
}
