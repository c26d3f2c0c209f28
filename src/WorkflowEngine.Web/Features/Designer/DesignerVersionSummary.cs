namespace WorkflowEngine.Web.Features.Designer;

/// <summary>One version of a workflow in the designer's version history.</summary>
/// <param name="Version">Its number.</param>
/// <param name="Status"><c>Draft</c>, <c>Published</c> or <c>Retired</c>.</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="PublishedAt">When it was published (a version is published as it is stored); null for a draft.</param>
/// <param name="ContentHash">SHA-256 of its content.</param>
public sealed record DesignerVersionSummary(int Version, string Status, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, string ContentHash);
