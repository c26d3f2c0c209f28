namespace WorkflowEngine.Core.Notifications;

/// <summary>
/// Where outbox messages are kept; the port the <see cref="OutboxDispatcher"/> delivers from.
/// Implemented by the persistence layer, next to the code that writes messages in the same
/// transaction as the case change that caused them.
/// </summary>
/// <remarks>
/// <para>
/// Concurrency contract. Every write is a compare-and-set on <see cref="OutboxMessage.Version"/>:
/// it succeeds only if the stored version still equals the expected version, and then bumps the
/// version by one. A write whose expected version is stale changes nothing and reports so by its
/// return value (null or false); a conflict is an expected outcome, never an exception.
/// </para>
/// <para>
/// Messages handed out are snapshots: changing one changes nothing in the store.
/// </para>
/// <para>
/// Delivery is at least once. A dispatcher claims a message with a lease; if it dies or stalls past
/// the lease, another dispatcher may claim and deliver the message again, and the first one's
/// later write fails on the version. Channels make that harmless by keying every delivery on
/// <see cref="OutboxMessage.Id"/>.
/// </para>
/// </remarks>
public interface IOutboxStore
{
    /// <summary>
    /// Up to <paramref name="max"/> messages ready to deliver at <paramref name="now"/>, oldest first:
    /// <see cref="OutboxStatus.Pending"/>, <see cref="OutboxMessage.NextAttemptAt"/> at or before
    /// <paramref name="now"/>, and no lease or a lease that lapsed at or before <paramref name="now"/>.
    /// Finding claims nothing: another dispatcher may be handed the same messages.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> FindDeliverableAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes a pending message for <paramref name="owner"/> until <paramref name="leaseUntil"/>, counting
    /// it as one more delivery attempt (<see cref="OutboxMessage.Attempts"/> + 1), so an attempt that
    /// dies with its process still counts.
    /// </summary>
    /// <returns>
    /// The message as claimed (new version, lease and attempt count), or null when it is no longer
    /// pending or its version is not <paramref name="expectedVersion"/> (someone else took or changed it).
    /// </returns>
    Task<OutboxMessage?> TryClaimAsync(Guid id, long expectedVersion, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>
    /// Releases every message lease held by an earlier run of this instance (an owner starting with
    /// <paramref name="instancePrefix"/> but not <paramref name="keepPrefix"/>): that process died
    /// holding them, so they are deliverable at once rather than when the lease lapses.
    /// </summary>
    /// <returns>How many leases were released.</returns>
    Task<int> ReleaseLeasesAsync(string instancePrefix, string keepPrefix, CancellationToken cancellationToken = default);

    /// <summary>Records delivery to every channel: <see cref="OutboxStatus.Sent"/>, lease released.</summary>
    /// <returns>False, writing nothing, when the version is not <paramref name="expectedVersion"/> (the lease was lost).</returns>
    Task<bool> MarkSentAsync(Guid id, long expectedVersion, DateTimeOffset sentAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a failed attempt and releases the lease: the message stays
    /// <see cref="OutboxStatus.Pending"/> until <paramref name="nextAttemptAt"/>, or becomes
    /// <see cref="OutboxStatus.Failed"/> when <paramref name="giveUp"/> is true.
    /// </summary>
    /// <returns>False, writing nothing, when the version is not <paramref name="expectedVersion"/> (the lease was lost).</returns>
    Task<bool> RecordFailureAsync(Guid id, long expectedVersion, string error, DateTimeOffset nextAttemptAt, bool giveUp, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="max"/> messages that were given up on, oldest first, for an admin to inspect.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListFailedAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// An admin's retry: a <see cref="OutboxStatus.Failed"/> message becomes pending again, due at
    /// <paramref name="now"/>, with its attempts reset to zero. The last error is kept for the record.
    /// </summary>
    /// <returns>False when there is no such message or it is not failed.</returns>
    Task<bool> RetryAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken = default);
}
