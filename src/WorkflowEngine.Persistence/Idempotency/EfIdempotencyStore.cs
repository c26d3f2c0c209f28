using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Idempotency;

/// <summary>Idempotency keys on EF Core; the primary key (user, key) makes two concurrent claims end in one winner.</summary>
internal sealed class EfIdempotencyStore(IDbContextFactory<EngineDbContext> contexts, Cases.SqliteWriteGate writes) : IIdempotencyStore
{
    public async Task<(IdempotencyClaimKind Kind, IdempotencyAnswer? Answer)> ClaimAsync(string userId, string key, string fingerprint, DateTimeOffset now,
        DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        using (await writes.EnterAsync(cancellationToken))
        {
            await db.IdempotencyKeys.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
            db.IdempotencyKeys.Add(new IdempotencyRecord { UserId = userId, Key = key, Fingerprint = fingerprint, CreatedAt = now, ExpiresAt = expiresAt });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (IdempotencyClaimKind.Claimed, null);
            }
            catch (DbUpdateException ex) when (UniqueViolation.IsCauseOf(ex))
            {
                // Used before: say what it holds.
            }
        }

        await using var read = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await read.IdempotencyKeys.AsNoTracking().SingleAsync(r => r.UserId == userId && r.Key == key, cancellationToken);
        if (existing.Fingerprint != fingerprint)
        {
            return (IdempotencyClaimKind.Mismatch, null);
        }

        return existing.Status is { } status
            ? (IdempotencyClaimKind.Replay, new IdempotencyAnswer(status, existing.ContentType, existing.Location, existing.Body ?? []))
            : (IdempotencyClaimKind.InFlight, null);
    }

    public async Task CompleteAsync(string userId, string key, IdempotencyAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        using var turn = await writes.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.IdempotencyKeys.Where(r => r.UserId == userId && r.Key == key).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, answer.Status)
            .SetProperty(r => r.ContentType, answer.ContentType)
            .SetProperty(r => r.Location, answer.Location)
            .SetProperty(r => r.Body, answer.Body), cancellationToken);
    }

    public async Task ReleaseAsync(string userId, string key, CancellationToken cancellationToken = default)
    {
        using var turn = await writes.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.IdempotencyKeys.Where(r => r.UserId == userId && r.Key == key && r.Status == null).ExecuteDeleteAsync(cancellationToken);
    }
}
