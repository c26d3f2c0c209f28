using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Persistence.Cases;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Documents;

/// <summary>
/// Stores document versions. Versions of a key count up from 1; a draft carries the number it
/// would publish as, and saving a draft or publishing replaces the key's draft.
/// </summary>
internal sealed class EfDocumentStore(IDbContextFactory<EngineDbContext> contexts, IPublishedVersionReads reads, TimeProvider time, SqliteWriteGate writes) : IDocumentStore
{
    public async Task<StoredDocument?> GetAsync(DocumentKind kind, string key, int version, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Documents.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Kind == kind && d.Key == key && d.Version == version, cancellationToken);
        return record is null ? null : DocumentMapper.ToModel(record);
    }

    // The runtime asks this on every command and every rule decision: a prepared statement answers.
    public Task<int?> GetLatestPublishedVersionAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default) =>
        reads.LatestPublishedVersionAsync(kind, key, cancellationToken);

    public async Task<StoredDocument?> GetLatestPublishedAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Documents.AsNoTracking()
            .Where(d => d.Kind == kind && d.Key == key && d.Status == DocumentStatus.Published)
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken);
        return record is null ? null : DocumentMapper.ToModel(record);
    }

    public async Task<IReadOnlyList<StoredDocument>> ListVersionsAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Documents.AsNoTracking()
            .Where(d => d.Kind == kind && d.Key == key)
            .OrderByDescending(d => d.Version)
            .ToListAsync(cancellationToken);
        return [.. records.Select(DocumentMapper.ToModel)];
    }

    public async Task<IReadOnlyList<StoredDocument>> ListLatestPublishedAsync(DocumentKind kind, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var published = db.Documents.Where(d => d.Kind == kind && d.Status == DocumentStatus.Published);
        var records = await published.AsNoTracking()
            .Where(d => d.Version == published.Where(p => p.Key == d.Key).Max(p => p.Version))
            .OrderBy(d => d.Key)
            .ToListAsync(cancellationToken);
        return [.. records.Select(DocumentMapper.ToModel)];
    }

    public Task<StoredDocument> SaveDraftAsync(DocumentKind kind, string key, string content, string contentHash, string actor, string? examples = null, CancellationToken cancellationToken = default) =>
        ReplaceDraftAsync(kind, key, content, contentHash, actor, examples, DocumentStatus.Draft, null, cancellationToken);

    public Task<StoredDocument> PublishAsync(DocumentKind kind, string key, string content, string contentHash, string actor, string? examples = null, string? reason = null,
        CancellationToken cancellationToken = default) =>
        ReplaceDraftAsync(kind, key, content, contentHash, actor, examples, DocumentStatus.Published, reason, cancellationToken);

    // The status change and its history entry commit together, so the history never misses a retire.
    public async Task<bool> RetireAsync(DocumentKind kind, string key, int version, string actor, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        using var turn = await writes.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var retired = await db.Documents
            .Where(d => d.Kind == kind && d.Key == key && d.Version == version && d.Status == DocumentStatus.Published)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DocumentStatus.Retired), cancellationToken);
        if (retired == 0)
        {
            return false;
        }

        db.VersionHistory.Add(HistoryEntry(kind, key, version, VersionAction.Retired, actor, reason));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public Task<bool> SubmitAsync(DocumentKind kind, string key, int version, string contentHash, string actor, string reason, CancellationToken cancellationToken = default) =>
        DecideAsync(kind, key, version, contentHash, submitted: false, VersionAction.Submitted, actor, reason,
            s => s.SetProperty(d => d.SubmittedBy, actor).SetProperty(d => d.SubmittedAt, time.GetUtcNow()), cancellationToken);

    public Task<bool> SendBackAsync(DocumentKind kind, string key, int version, string contentHash, string actor, string note, CancellationToken cancellationToken = default) =>
        DecideAsync(kind, key, version, contentHash, submitted: true, VersionAction.SentBack, actor, note,
            s => s.SetProperty(d => d.SubmittedBy, (string?)null).SetProperty(d => d.SubmittedAt, (DateTimeOffset?)null), cancellationToken);

    // The draft is published where it stands: it already carries the number one above the highest version.
    public async Task<StoredDocument?> ApproveAsync(DocumentKind kind, string key, int version, string contentHash, string actor, string? note,
        CancellationToken cancellationToken = default) =>
        await DecideAsync(kind, key, version, contentHash, submitted: true, VersionAction.Approved, actor, note,
            s => s.SetProperty(d => d.Status, DocumentStatus.Published), cancellationToken)
            ? await GetAsync(kind, key, version, cancellationToken)
            : null;

    // One approval step on the draft the caller saw (same hash, submitted or not as expected) and its
    // history entry, committed together: a draft saved again or decided by someone else meanwhile changes nothing.
    private async Task<bool> DecideAsync(DocumentKind kind, string key, int version, string contentHash, bool submitted, VersionAction action, string actor, string? why,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<DocumentRecord>> change, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        using var turn = await writes.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await db.Documents
            .Where(d => d.Kind == kind && d.Key == key && d.Version == version && d.Status == DocumentStatus.Draft && d.ContentHash == contentHash
                && (d.SubmittedBy != null) == submitted)
            .ExecuteUpdateAsync(change, cancellationToken);
        if (changed == 0)
        {
            return false;
        }

        db.VersionHistory.Add(HistoryEntry(kind, key, version, action, actor, why));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private VersionEventRecord HistoryEntry(DocumentKind kind, string key, int version, VersionAction action, string actor, string? reason) =>
        new() { Kind = kind, Key = key, Version = version, Action = action, Actor = actor, At = time.GetUtcNow(), Reason = reason };

    // Removes the key's draft and inserts the new row numbered one above the highest remaining
    // version, in one transaction. A concurrent writer taking the same number trips the unique
    // index; one retry then numbers past it.
    private async Task<StoredDocument> ReplaceDraftAsync(
        DocumentKind kind, string key, string content, string contentHash, string actor, string? examples, DocumentStatus status, string? reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentHash);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryReplaceDraftAsync(kind, key, content, contentHash, actor, examples, status, reason, cancellationToken);
            }
            catch (DbUpdateException ex) when (attempt == 1 && UniqueViolation.IsCauseOf(ex))
            {
                // Numbered concurrently with another writer: try once more with a fresh maximum.
            }
        }
    }

    private async Task<StoredDocument> TryReplaceDraftAsync(
        DocumentKind kind, string key, string content, string contentHash, string actor, string? examples, DocumentStatus status, string? reason, CancellationToken cancellationToken)
    {
        using var turn = await writes.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var ofKey = db.Documents.Where(d => d.Kind == kind && d.Key == key);
        await ofKey.Where(d => d.Status == DocumentStatus.Draft).ExecuteDeleteAsync(cancellationToken);
        var highest = await ofKey.MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0;

        var record = new DocumentRecord
        {
            Kind = kind,
            Key = key,
            Version = highest + 1,
            Status = status,
            Content = content,
            ContentHash = contentHash,
            CreatedAt = time.GetUtcNow(),
            CreatedBy = actor,
            Examples = examples,
        };
        db.Documents.Add(record);
        if (status == DocumentStatus.Published)
        {
            db.VersionHistory.Add(HistoryEntry(kind, key, record.Version, VersionAction.Published, actor, reason));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return DocumentMapper.ToModel(record);
    }
}
