namespace WorkflowEngine.Core.Versions;

/// <summary>
/// The latest published version numbers one command has read. A command asks the store once per
/// workflow or rule set and reuses the answer, so a case that decides three times with the same
/// rule set makes one read, not three, and the whole command runs on one view of the catalogue.
/// Not shared between commands: the next command reads afresh and sees anything published meanwhile.
/// </summary>
public sealed class PublishedVersionSnapshot
{
    private readonly Dictionary<(DocumentKind Kind, string Key), int?> _latest = [];

    /// <summary>The latest published version of a key as first read during this command, or null when none is published.</summary>
    /// <param name="documents">The store to read from the first time.</param>
    /// <param name="kind">Workflow or rule set.</param>
    /// <param name="key">The document's key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async ValueTask<int?> GetLatestAsync(IDocumentReader documents, DocumentKind kind, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (_latest.TryGetValue((kind, key), out var known))
        {
            return known;
        }

        var latest = await documents.GetLatestPublishedVersionAsync(kind, key, cancellationToken);
        _latest[(kind, key)] = latest;
        return latest;
    }
}
