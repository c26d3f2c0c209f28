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

    private int NextVersion(DocumentKind kind, string key) =>
        _documents.Where(d => d.Kind == kind && d.Key == key && d.Status != DocumentStatus.Draft).Select(d => d.Version).DefaultIfEmpty(0).Max() + 1;
}
