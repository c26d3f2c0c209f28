namespace WorkflowEngine.Core.Versions;

/// <summary>One version of a workflow definition or rule set as stored.</summary>
/// <param name="Kind">Workflow or rule set.</param>
/// <param name="Key">The document's key.</param>
/// <param name="Version">Integer version, from 1; drafts carry the number they would publish as.</param>
/// <param name="Status">Draft, published or retired.</param>
/// <param name="Content">The JSON text exactly as authored.</param>
/// <param name="ContentHash">SHA-256 (hex) of the normalised content, to see whether a file changed.</param>
/// <param name="CreatedAt">When this version was stored.</param>
/// <param name="CreatedBy">Who stored it (a user, or <c>system:files</c> for start-up publishing).</param>
/// <param name="Examples">A rule set's examples file (<c>rules/{key}.examples.json</c>) stored with this version; null when it has none.</param>
/// <param name="SubmittedBy">For a draft submitted for approval: who submitted it; null otherwise.</param>
/// <param name="SubmittedAt">When it was submitted; null when it was not.</param>
public sealed record StoredDocument(
    DocumentKind Kind,
    string Key,
    int Version,
    DocumentStatus Status,
    string Content,
    string ContentHash,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    string? Examples = null,
    string? SubmittedBy = null,
    DateTimeOffset? SubmittedAt = null)
{
    /// <summary>Whether this is a draft waiting for a second lead's approval.</summary>
    public bool AwaitingApproval => Status == DocumentStatus.Draft && SubmittedBy is not null;
}
