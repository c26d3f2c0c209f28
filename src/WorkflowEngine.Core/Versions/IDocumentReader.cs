namespace WorkflowEngine.Core.Versions;

/// <summary>Reads versions of workflow definitions and rule sets.</summary>
public interface IDocumentReader
{
    /// <summary>One version, or null.</summary>
    Task<StoredDocument?> GetAsync(DocumentKind kind, string key, int version, CancellationToken cancellationToken = default);

    /// <summary>
    /// The number of the latest published version, or null when none is published: a small read
    /// the runtime makes on every command, so compiled versions can be served from memory.
    /// </summary>
    Task<int?> GetLatestPublishedVersionAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default);

    /// <summary>The highest published version, or null when none is published.</summary>
    Task<StoredDocument?> GetLatestPublishedAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default);

    /// <summary>Every version of one key, newest first.</summary>
    Task<IReadOnlyList<StoredDocument>> ListVersionsAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default);

    /// <summary>The highest published version of every key of a kind.</summary>
    Task<IReadOnlyList<StoredDocument>> ListLatestPublishedAsync(DocumentKind kind, CancellationToken cancellationToken = default);
}
