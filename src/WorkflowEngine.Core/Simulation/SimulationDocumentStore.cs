using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Simulation;

/// <summary>
/// The live document store as the simulation sees it: a reader only, with the draft under test
/// standing in as its key's latest published version. Everything else (rule sets, linked
/// workflows) is read from the live store as it is.
/// </summary>
internal sealed class SimulationDocumentStore(IDocumentReader live, StoredDocument draft) : IDocumentReader
{
    public Task<StoredDocument?> GetAsync(DocumentKind kind, string key, int version, CancellationToken cancellationToken = default) =>
        IsDraft(kind, key) && version == draft.Version ? Task.FromResult<StoredDocument?>(draft) : live.GetAsync(kind, key, version, cancellationToken);

    public Task<int?> GetLatestPublishedVersionAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default) =>
        IsDraft(kind, key) ? Task.FromResult<int?>(draft.Version) : live.GetLatestPublishedVersionAsync(kind, key, cancellationToken);

    public Task<StoredDocument?> GetLatestPublishedAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default) =>
        IsDraft(kind, key) ? Task.FromResult<StoredDocument?>(draft) : live.GetLatestPublishedAsync(kind, key, cancellationToken);

    public async Task<IReadOnlyList<StoredDocument>> ListVersionsAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default)
    {
        var versions = await live.ListVersionsAsync(kind, key, cancellationToken);
        return IsDraft(kind, key) ? [draft, .. versions.Where(v => v.Version != draft.Version)] : versions;
    }

    public async Task<IReadOnlyList<StoredDocument>> ListLatestPublishedAsync(DocumentKind kind, CancellationToken cancellationToken = default)
    {
        var latest = await live.ListLatestPublishedAsync(kind, cancellationToken);
        return kind == draft.Kind ? [.. latest.Where(d => d.Key != draft.Key), draft] : latest;
    }

    private bool IsDraft(DocumentKind kind, string key) => kind == draft.Kind && key == draft.Key;
}
