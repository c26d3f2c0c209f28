namespace WorkflowEngine.Persistence.Timers;

/// <summary>Leases due timers to one dispatcher so each timer is fired by one dispatcher at a time.</summary>
internal interface ITimerClaims
{
    /// <summary>
    /// Leases up to <paramref name="max"/> due, unleased timers to <paramref name="owner"/> until
    /// <paramref name="leaseUntil"/> and returns them with their new versions, earliest first.
    /// </summary>
    Task<IReadOnlyList<Core.Timers.DueTimer>> ClaimDueTimersAsync(DateTimeOffset now, string owner, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken);
}
