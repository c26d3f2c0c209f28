using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Persistence.Sqlite;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Timers;

/// <summary>
/// Claims and failures of durable timers on EF Core. A claim reads the earliest due candidates,
/// then takes them in one conditional update (still pending, still unleased), so when two
/// dispatchers race for the same rows each row goes to one of them; the conditions are repeated
/// in the update's own WHERE so the rule holds on PostgreSQL's row re-check too.
/// </summary>
internal sealed class EfTimerStore(IDbContextFactory<EngineDbContext> contexts, SqliteWriteGate writes) : ITimerStore
{
    private const int ClaimRounds = 5;

    public async Task<IReadOnlyList<DueTimer>> ClaimDueAsync(DateTimeOffset now, string owner, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Another dispatcher may take the same candidates between the read and the update; then
        // read again, so losing a race never looks like "nothing is due".
        for (var round = 0; round < ClaimRounds; round++)
        {
            var candidates = await db.Timers.AsNoTracking()
                .Where(t => t.Status == TimerStatus.Pending && t.NextAttemptAt <= now && (t.LeaseUntil == null || t.LeaseUntil <= now))
                .OrderBy(t => t.NextAttemptAt)
                .Select(t => t.Id)
                .Take(max)
                .ToListAsync(cancellationToken);
            if (candidates.Count == 0)
            {
                return [];
            }

            // Unique to this claim, so the read-back below finds exactly the rows this update took.
            var claim = $"{owner}#{Guid.NewGuid():N}";
            int taken;
            using (await writes.EnterAsync(cancellationToken))
            {
                taken = await db.Timers
                    .Where(t => candidates.Contains(t.Id) && t.Status == TimerStatus.Pending && (t.LeaseUntil == null || t.LeaseUntil <= now))
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(t => t.LeaseOwner, claim)
                        .SetProperty(t => t.LeaseUntil, leaseUntil)
                        .SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);
            }

            if (taken > 0)
            {
                return await db.Timers.AsNoTracking()
                    .Where(t => candidates.Contains(t.Id) && t.LeaseOwner == claim)
                    .OrderBy(t => t.NextAttemptAt)
                    .ToListAsync(cancellationToken);
            }
        }

        return [];
    }

    public async Task<bool> RecordFailureAsync(Guid timerId, long expectedVersion, string error, DateTimeOffset nextAttemptAt, bool incident, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var message = error.Length > ColumnLengths.Text ? error[..ColumnLengths.Text] : error;
        var status = incident ? TimerStatus.Incident : TimerStatus.Pending;
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
