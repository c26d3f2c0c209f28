namespace WorkflowEngine.Core.Versions;

/// <summary>
/// Reads the history of a key's versions. The store writes an entry in the same transaction as
/// each publish and retire, so the history never misses one.
/// </summary>
public interface IVersionHistory
{
    /// <summary>Every entry for the key, newest first.</summary>
    Task<IReadOnlyList<VersionEvent>> ListAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default);

    /// <summary>Every key of a kind with any stored version (draft, published or retired), in order.</summary>
    Task<IReadOnlyList<string>> ListKeysAsync(DocumentKind kind, CancellationToken cancellationToken = default);
}
