using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Benchmarks;

/// <summary>Published documents held in memory, so a benchmark measures the engine and not the database read.</summary>
internal sealed class InMemoryDocuments(params StoredDocument[] documents) : IDocumentStore
{
    private readonly Dictionary<(DocumentKind, string), StoredDocument> _latest = documents.ToDictionary(d => (d.Kind, d.Key));

    public Task<StoredDocument?> GetAsync(DocumentKind kind, string key, int version, CancellationToken cancellationToken = default) =>
        Task.FromResult(_latest.TryGetValue((kind, key), out var d) && d.Version == version ? d : null);

    public Task<int?> GetLatestPublishedVersionAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(_latest.TryGetValue((kind, key), out var d) ? d.Version : (int?)null);

    public Task<StoredDocument?> GetLatestPublishedAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(_latest.GetValueOrDefault((kind, key)));

    public Task<IReadOnlyList<StoredDocument>> ListVersionsAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StoredDocument>>([.. _latest.Values.Where(d => d.Kind == kind && d.Key == key)]);

    public Task<IReadOnlyList<StoredDocument>> ListLatestPublishedAsync(DocumentKind kind, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StoredDocument>>([.. _latest.Values.Where(d => d.Kind == kind)]);

    public Task<StoredDocument> SaveDraftAsync(DocumentKind kind, string key, string content, string contentHash, string actor, string? examples = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<StoredDocument> PublishAsync(DocumentKind kind, string key, string content, string contentHash, string actor, string? examples = null, string? reason = null,
        CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<bool> RetireAsync(DocumentKind kind, string key, int version, string actor, string? reason = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<bool> SubmitAsync(DocumentKind kind, string key, int version, string contentHash, string actor, string reason, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<bool> SendBackAsync(DocumentKind kind, string key, int version, string contentHash, string actor, string note, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<StoredDocument?> ApproveAsync(DocumentKind kind, string key, int version, string contentHash, string actor, string? note, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public static StoredDocument Published(DocumentKind kind, string key, string content) =>
        new(kind, key, 1, DocumentStatus.Published, content, string.Empty, DateTimeOffset.UnixEpoch, "bench");
}
