namespace WorkflowEngine.Core.Timers;

/// <summary>
/// The dispatcher's view of the durable timers. Timers are created, re-planned and deleted with
/// their case (see <c>ICaseStore.SaveAsync</c>); this port only claims them and records failures.
/// Every change bumps <see cref="DueTimer.Version"/> and is conditional on the version the caller
/// holds, so two dispatchers can never both hold, or both fire, one timer.
/// </summary>
public interface ITimerStore
{
    /// <summary>
    /// Claims up to <paramref name="max"/> pending timers whose next attempt is due at
    /// <paramref name="now"/> and that nobody holds (no lease, or a lapsed one), earliest first:
    /// one atomic update gives each the lease and a new version, which the claimer must still
    /// see when it fires the timer.
    /// </summary>
    Task<IReadOnlyList<DueTimer>> ClaimDueAsync(DateTimeOffset now, string owner, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a failed attempt on a timer the caller holds at <paramref name="expectedVersion"/>:
    /// counts it, keeps the error, releases the lease and either plans the next attempt or, when
    /// <paramref name="incident"/> is true, parks the timer as an incident.
    /// </summary>
    /// <returns>False when the timer changed or went meanwhile (nothing recorded).</returns>
    Task<bool> RecordFailureAsync(Guid timerId, long expectedVersion, string error, DateTimeOffset nextAttemptAt, bool incident, CancellationToken cancellationToken = default);

    /// <summary>
    /// Releases every timer lease held by an earlier run of this instance (an owner starting with
    /// <paramref name="instancePrefix"/> but not <paramref name="keepPrefix"/>): that process died
    /// holding them, so they are free at once rather than when the lease lapses.
    /// </summary>
    /// <returns>How many leases were released.</returns>
    Task<int> ReleaseLeasesAsync(string instancePrefix, string keepPrefix, CancellationToken cancellationToken = default);

    /// <summary>Timers that failed every attempt, oldest first.</summary>
    Task<IReadOnlyList<DueTimer>> ListIncidentsAsync(CancellationToken cancellationToken = default);

    /// <summary>An admin sends an incident back to the dispatcher: pending again, attempts reset, due now.</summary>
    /// <returns>False when there is no such incident.</returns>
    Task<bool> RetryIncidentAsync(Guid timerId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The earliest instant a pending timer may next be tried, or null when none waits.</summary>
    Task<DateTimeOffset?> NextAttemptAsync(CancellationToken cancellationToken = default);

    /// <summary>Counts pending timers (and incidents), for health checks and tests.</summary>
    Task<(int Pending, int Incidents)> CountAsync(CancellationToken cancellationToken = default);
}
