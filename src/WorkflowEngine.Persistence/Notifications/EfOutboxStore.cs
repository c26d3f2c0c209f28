using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Persistence.Cases;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Notifications;

/// <summary>
/// The outbox on EF Core: every write is one conditional UPDATE on the message's version, made in
/// its turn at the <see cref="SqliteWriteGate"/> like every other write. On PostgreSQL a claim
/// skips a message another node is claiming (<c>FOR UPDATE SKIP LOCKED</c>).
/// </summary>
internal sealed class EfOutboxStore(IDbContextFactory<EngineDbContext> contexts, SqliteWriteGate writes) : IOutboxStore
{
    public async Task<IReadOnlyList<OutboxMessage>> FindDeliverableAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Outbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil <= now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.CreatedAt)
            .Take(max)
            .ToListAsync(cancellationToken);
    }

    public async Task<int> ReleaseLeasesAsync(string instancePrefix, string keepPrefix, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writes.EnterAsync(cancellationToken);
        return await db.Outbox
            .Where(m => m.Status == OutboxStatus.Pending && m.LeaseOwner != null && m.LeaseOwner.StartsWith(instancePrefix) && !m.LeaseOwner.StartsWith(keepPrefix))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.Version, m => m.Version + 1), cancellationToken);
    }

    public async Task<OutboxMessage?> TryClaimAsync(Guid id, long expectedVersion, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            return await TryClaimOnPostgreSqlAsync(db, id, expectedVersion, owner, leaseUntil, cancellationToken);
        }

        int claimed;
        using (await writes.EnterAsync(cancellationToken))
        {
            claimed = await db.Outbox
                .Where(m => m.Id == id && m.Version == expectedVersion && m.Status == OutboxStatus.Pending)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.LeaseOwner, owner)
                    .SetProperty(m => m.LeaseUntil, leaseUntil)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.Version, m => m.Version + 1), cancellationToken);
        }

        return claimed == 1
            ? await db.Outbox.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.Version == expectedVersion + 1, cancellationToken)
            : null;
    }

    // SKIP LOCKED: a node racing another for the same message gets nothing at once instead of
    // waiting for the other's claim to commit and then finding the version moved on.
    private static async Task<OutboxMessage?> TryClaimOnPostgreSqlAsync(EngineDbContext db, Guid id, long expectedVersion, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var pending = nameof(OutboxStatus.Pending);
        var claimed = await db.Database.SqlQuery<Guid>($"""
            UPDATE "Outbox" SET "LeaseOwner" = {owner}, "LeaseUntil" = {leaseUntil.UtcTicks}, "Attempts" = "Attempts" + 1, "Version" = "Version" + 1
            WHERE "Id" = (SELECT "Id" FROM "Outbox" WHERE "Id" = {id} AND "Version" = {expectedVersion} AND "Status" = {pending} FOR UPDATE SKIP LOCKED)
            RETURNING "Id" AS "Value"
            """).ToListAsync(cancellationToken);
        return claimed.Count == 1
            ? await db.Outbox.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.Version == expectedVersion + 1, cancellationToken)
            : null;
    }

    public async Task<bool> MarkSentAsync(Guid id, long expectedVersion, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writes.EnterAsync(cancellationToken);
        return await db.Outbox
            .Where(m => m.Id == id && m.Version == expectedVersion)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sent)
                .SetProperty(m => m.SentAt, sentAt)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.Version, m => m.Version + 1), cancellationToken) == 1;
    }

    public async Task<bool> RecordFailureAsync(Guid id, long expectedVersion, string error, DateTimeOffset nextAttemptAt, bool giveUp, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var status = giveUp ? OutboxStatus.Failed : OutboxStatus.Pending;
        var message = error.Length > ColumnLengths.Text ? error[..ColumnLengths.Text] : error;
        using var turn = await writes.EnterAsync(cancellationToken);
        return await db.Outbox
            .Where(m => m.Id == id && m.Version == expectedVersion)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, status)
                .SetProperty(m => m.LastError, message)
                .SetProperty(m => m.NextAttemptAt, nextAttemptAt)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.Version, m => m.Version + 1), cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<OutboxMessage>> ListFailedAsync(int max, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Outbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Failed)
            .OrderBy(m => m.CreatedAt)
            .Take(max)
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> RetryAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writes.EnterAsync(cancellationToken);
        return await db.Outbox
            .Where(m => m.Id == id && m.Status == OutboxStatus.Failed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Pending)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, now)
                .SetProperty(m => m.Version, m => m.Version + 1), cancellationToken) == 1;
    }
}
