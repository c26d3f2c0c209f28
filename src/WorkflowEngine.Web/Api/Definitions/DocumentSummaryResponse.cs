using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Web.Api.Definitions;

/// <summary>One version of a workflow definition or rule set, without its content.</summary>
/// <param name="Key">The document's key.</param>
/// <param name="Version">Its version number.</param>
/// <param name="Status"><c>draft</c>, <c>published</c> or <c>retired</c>.</param>
/// <param name="ContentHash">SHA-256 of the content (the ETag of the version).</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="CreatedBy">Who stored it (for a draft, its author: who last saved it).</param>
/// <param name="SubmittedBy">For a draft waiting for approval: who submitted it; null otherwise.</param>
/// <param name="SubmittedAt">When it was submitted; null when it was not.</param>
public sealed record DocumentSummaryResponse(string Key, int Version, DocumentStatus Status, string ContentHash, DateTimeOffset CreatedAt, string CreatedBy,
    string? SubmittedBy, DateTimeOffset? SubmittedAt)
{
    internal static DocumentSummaryResponse From(StoredDocument d) => new(d.Key, d.Version, d.Status, d.ContentHash, d.CreatedAt, d.CreatedBy, d.SubmittedBy, d.SubmittedAt);
}
