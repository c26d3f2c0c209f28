using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Cli;

/// <summary>A document store with nothing published, for checking files against themselves only. It refuses writes.</summary>
internal sealed class EmptyDocumentStore : IDocumentStore
{
    public Task<StoredDocument?> GetAsync(DocumentKind kind, string key, int version, CancellationToken cancellationToken = default) => Task.FromResult<StoredDocument?>(null);

    public Task<int?> GetLatestPublishedVersionAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default) => Task.FromResult<int?>(null);

    public Task<StoredDocument?> GetLatestPublishedAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default) => Task.FromResult<StoredDocument?>(null);

    public Task<IReadOnlyList<StoredDocument>> ListVersionsAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<StoredDocument>>([]);

    public Task<IReadOnlyList<StoredDocument>> ListLatestPublishedAsync(DocumentKind kind, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<StoredDocument>>([]);

    public Task<StoredDocument> SaveDraftAsync(DocumentKind kind, string key, string content, string contentHash, string actor, string? examples = null, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The command line only checks files; it stores nothing.");

    public Task<StoredDocument> PublishAsync(DocumentKind kind, string key, string content, string contentHash, string actor, string? examples = null, string? reason = null,
        CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The command line only checks files; it stores nothing.");

    public Task<bool> RetireAsync(DocumentKind kind, string key, int version, string actor, string? reason = null, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The command line only checks files; it stores nothing.");

    public Task<bool> SubmitAsync(DocumentKind kind, string key, int version, string contentHash, string actor, string reason, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The command line only checks files; it stores nothing.");

    public Task<bool> SendBackAsync(DocumentKind kind, string key, int version, string contentHash, string actor, string note, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The command line only checks files; it stores nothing.");

    public Task<StoredDocument?> ApproveAsync(DocumentKind kind, string key, int version, string contentHash, string actor, string? note, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The command line only checks files; it stores nothing.");
}
