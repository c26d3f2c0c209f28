using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Persistence.Cases;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Timers;

/// <summary>
/// Claims and failures of durable timers. A claim is one statement of the provider's
/// (<see cref="ITimerClaims"/>): on SQLite in the writers' queue under its write lock
/// (<see cref="SqliteCaseStore.ClaimDueTimersAsync"/>), on PostgreSQL with <c>FOR UPDATE SKIP
/// LOCKED</c>; either way it leases the earliest due, unleased timers and returns them, so when two
/// dispatchers (or two processes) race for the same rows each row goes to one of them. Failures,
/// incidents and counts go through EF Core, each write in its turn at the <see cref="SqliteWriteGate"/>.
/// </summary>
internal sealed class EfTimerStore(IDbContextFactory<EngineDbContext> contexts, ITimerClaims claims, SqliteWriteGate writes) : ITimerStore
{
    public Task<IReadOnlyList<DueTimer>> ClaimDueAsync(DateTimeOffset now, string owner, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken = default) =>
        claims.ClaimDueTimersAsync(now, owner, leaseUntil, max, cancellationToken);

    public async Task<bool> RecordFailureAsync(Guid timerId, long expectedVersion, string error, DateTimeOffset nextAttemptAt, bool incident, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var message = error.Length > ColumnLengths.Text ? error[..ColumnLengths.Text] : error;
        var status = incident ? TimerStatus.Incident : TimerStatus.Pending;
        using var turn = await writes.EnterAsync(cancellationToken);
        var updated = await db.Timers
            .Where(t => t.Id == timerId && t.Version == expectedVersion)
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Attempts, t => t.Attempts + 1)
                .SetProperty(t => t.LastError, message)
                .SetProperty(t => t.NextAttemptAt, nextAttemptAt)
                .SetProperty(t => t.Status, status)
                .SetProperty(t => t.LeaseOwner, (string?)null)
                .SetProperty(t => t.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);
        return updated == 1;
    }

    public async Task<int> ReleaseLeasesAsync(string instancePrefix, string keepPrefix, CancellationToken cancellationToken = default)
    {
        using var turn = await writes.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Timers
            .Where(t => t.LeaseOwner != null && t.LeaseOwner.StartsWith(instancePrefix) && !t.LeaseOwner.StartsWith(keepPrefix))
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.LeaseOwner, (string?)null)
                .SetProperty(t => t.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);
    }

    public async Task<IReadOnlyList<DueTimer>> ListIncidentsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Timers.AsNoTracking()
            .Where(t => t.Status == TimerStatus.Incident)
            .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> RetryIncidentAsync(Guid timerId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        using var turn = await writes.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.Timers
            .Where(t => t.Id == timerId && t.Status == TimerStatus.Incident)
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Status, TimerStatus.Pending)
                .SetProperty(t => t.Attempts, 0)
                .SetProperty(t => t.NextAttemptAt, now)
                .SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);
        return updated == 1;
    }

    public async Task<DateTimeOffset?> NextAttemptAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Timers.AsNoTracking()
            .Where(t => t.Status == TimerStatus.Pending)
            .OrderBy(t => t.NextAttemptAt)
            .Select(t => (DateTimeOffset?)t.NextAttemptAt)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<(int Pending, int Incidents)> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.Timers.AsNoTracking()
            .GroupBy(t => t.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return (counts.Where(c => c.Status == TimerStatus.Pending).Sum(c => c.Count), counts.Where(c => c.Status == TimerStatus.Incident).Sum(c => c.Count));
    }
}
