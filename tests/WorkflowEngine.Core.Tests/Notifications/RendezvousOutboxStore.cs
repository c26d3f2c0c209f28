using WorkflowEngine.Core.Notifications;

namespace WorkflowEngine.Core.Tests.Notifications;

/// <summary>
/// Holds each dispatcher's first search until every expected dispatcher has searched, so all of
/// them see the same messages and then race to claim them: the worst case, made certain.
/// </summary>
internal sealed class RendezvousOutboxStore(InMemoryOutboxStore inner, int dispatchers) : IOutboxStore
{
    private readonly TaskCompletionSource _allSearched = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _searched;

    public async Task<IReadOnlyList<OutboxMessage>> FindDeliverableAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        var found = await inner.FindDeliverableAsync(now, max, cancellationToken);
        if (Interlocked.Increment(ref _searched) >= dispatchers)
        {
            _allSearched.TrySetResult();
        }

        await _allSearched.Task.WaitAsync(cancellationToken);
        return found;
    }

    public Task<OutboxMessage?> TryClaimAsync(Guid id, long expectedVersion, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default) =>
        inner.TryClaimAsync(id, expectedVersion, owner, leaseUntil, cancellationToken);

    public Task<int> ReleaseLeasesAsync(string instancePrefix, string keepPrefix, CancellationToken cancellationToken = default) =>
        inner.ReleaseLeasesAsync(instancePrefix, keepPrefix, cancellationToken);

    public Task<bool> MarkSentAsync(Guid id, long expectedVersion, DateTimeOffset sentAt, CancellationToken cancellationToken = default) =>
        inner.MarkSentAsync(id, expectedVersion, sentAt, cancellationToken);

    public Task<bool> RecordFailureAsync(Guid id, long expectedVersion, string error, DateTimeOffset nextAttemptAt, bool giveUp, CancellationToken cancellationToken = default) =>
        inner.RecordFailureAsync(id, expectedVersion, error, nextAttemptAt, giveUp, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ListFailedAsync(int max, CancellationToken cancellationToken = default) =>
        inner.ListFailedAsync(max, cancellationToken);

    public Task<bool> RetryAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        inner.RetryAsync(id, now, cancellationToken);
}
