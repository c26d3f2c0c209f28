using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Tests.Runtime;

/// <summary>A document store in memory with the database store's numbering rules.</summary>
internal sealed class InMemoryDocumentStore(TimeProvider time) : IDocumentStore
{
    private readonly Lock _gate = new();
    private readonly List<StoredDocument> _documents = [];

    public Task<StoredDocument?> GetAsync(DocumentKind kind, string key, int version, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_documents.Find(d => d.Kind == kind && d.Key == key && d.Version == version));
        }
    }

    public async Task<int?> GetLatestPublishedVersionAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default) =>
        (await GetLatestPublishedAsync(kind, key, cancellationToken))?.Version;

    public Task<StoredDocument?> GetLatestPublishedAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_documents.Where(d => d.Kind == kind && d.Key == key && d.Status == DocumentStatus.Published).MaxBy(d => d.Version));
        }
    }

    public Task<IReadOnlyList<StoredDocument>> ListVersionsAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<StoredDocument>>(_documents.Where(d => d.Kind == kind && d.Key == key).OrderByDescending(d => d.Version).ToList());
        }
    }

    public Task<IReadOnlyList<StoredDocument>> ListLatestPublishedAsync(DocumentKind kind, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<StoredDocument>>(_documents.Where(d => d.Kind == kind && d.Status == DocumentStatus.Published)
                .GroupBy(d => d.Key).Select(g => g.MaxBy(d => d.Version)!).ToList());
        }
    }

    public Task<StoredDocument> SaveDraftAsync(DocumentKind kind, string key, string content, string contentHash, string actor, string? examples = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _documents.RemoveAll(d => d.Kind == kind && d.Key == key && d.Status == DocumentStatus.Draft);
            var document = new StoredDocument(kind, key, NextVersion(kind, key), DocumentStatus.Draft, content, contentHash, time.GetUtcNow(), actor, examples);
            _documents.Add(document);
            return Task.FromResult(document);
        }
    }

    public Task<StoredDocument> PublishAsync(DocumentKind kind, string key, string content, string contentHash, string actor, string? examples = null, string? reason = null,
        CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _documents.RemoveAll(d => d.Kind == kind && d.Key == key && d.Status == DocumentStatus.Draft);
            var document = new StoredDocument(kind, key, NextVersion(kind, key), DocumentStatus.Published, content, contentHash, time.GetUtcNow(), actor, examples);
            _documents.Add(document);
            return Task.FromResult(document);
        }
    }

    public Task<bool> RetireAsync(DocumentKind kind, string key, int version, string actor, string? reason = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var index = _documents.FindIndex(d => d.Kind == kind && d.Key == key && d.Version == version && d.Status == DocumentStatus.Published);
            if (index < 0)
            {
                return Task.FromResult(false);
            }

            _documents[index] = _documents[index] with { Status = DocumentStatus.Retired };
            return Task.FromResult(true);
        }
    }

    public Task<bool> SubmitAsync(DocumentKind kind, string key, int version, string contentHash, string actor, string reason, CancellationToken cancellationToken = default) =>
        Task.FromResult(Change(kind, key, version, contentHash, submitted: false, d => d with { SubmittedBy = actor, SubmittedAt = time.GetUtcNow() }) is not null);

    public Task<bool> SendBackAsync(DocumentKind kind, string key, int version, string contentHash, string actor, string note, CancellationToken cancellationToken = default) =>
        Task.FromResult(Change(kind, key, version, contentHash, submitted: true, d => d with { SubmittedBy = null, SubmittedAt = null }) is not null);

    public Task<StoredDocument?> ApproveAsync(DocumentKind kind, string key, int version, string contentHash, string actor, string? note, CancellationToken cancellationToken = default) =>
        Task.FromResult(Change(kind, key, version, contentHash, submitted: true, d => d with { Status = DocumentStatus.Published }));

    // Changes the key's draft only while it is the one the caller saw (same hash, submitted or not as expected).
    private StoredDocument? Change(DocumentKind kind, string key, int version, string contentHash, bool submitted, Func<StoredDocument, StoredDocument> change)
    {
        lock (_gate)
        {
            var index = _documents.FindIndex(d => d.Kind == kind && d.Key == key && d.Version == version && d.Status == DocumentStatus.Draft
                && d.ContentHash == contentHash && (d.SubmittedBy is not null) == submitted);
            if (index < 0)
            {
                return null;
            }

            _documents[index] = change(_documents[index]);
            return _documents[index];
        }
    }

    private int NextVersion(DocumentKind kind, string key) =>
        _documents.Where(d => d.Kind == kind && d.Key == key && d.Status != DocumentStatus.Draft).Select(d => d.Version).DefaultIfEmpty(0).Max() + 1;
}
