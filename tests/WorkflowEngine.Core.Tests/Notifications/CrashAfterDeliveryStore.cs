using WorkflowEngine.Core.Notifications;

namespace WorkflowEngine.Core.Tests.Notifications;

/// <summary>
/// An outbox whose first "mark sent" fails, as if the dispatcher died between delivering a message
/// and recording it: the lease then has to lapse and the message is delivered again.
/// </summary>
internal sealed class CrashAfterDeliveryStore(IOutboxStore inner) : IOutboxStore
{
    private bool _crashed;

    public Task<IReadOnlyList<OutboxMessage>> FindDeliverableAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        inner.FindDeliverableAsync(now, max, cancellationToken);

    public Task<OutboxMessage?> TryClaimAsync(Guid id, long expectedVersion, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default) =>
        inner.TryClaimAsync(id, expectedVersion, owner, leaseUntil, cancellationToken);

    public Task<int> ReleaseLeasesAsync(string instancePrefix, string keepPrefix, CancellationToken cancellationToken = default) =>
        inner.ReleaseLeasesAsync(instancePrefix, keepPrefix, cancellationToken);

    public Task<bool> MarkSentAsync(Guid id, long expectedVersion, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        if (!_crashed)
        {
            _crashed = true;
            throw new TimeoutException("The database connection was lost.");
        }

        return inner.MarkSentAsync(id, expectedVersion, sentAt, cancellationToken);
    }

    public Task<bool> RecordFailureAsync(Guid id, long expectedVersion, string error, DateTimeOffset nextAttemptAt, bool giveUp, CancellationToken cancellationToken = default) =>
        inner.RecordFailureAsync(id, expectedVersion, error, nextAttemptAt, giveUp, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ListFailedAsync(int max, CancellationToken cancellationToken = default) =>
        inner.ListFailedAsync(max, cancellationToken);

    public Task<bool> RetryAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        inner.RetryAsync(id, now, cancellationToken);
}
