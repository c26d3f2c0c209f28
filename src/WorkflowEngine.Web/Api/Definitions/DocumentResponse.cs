using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Web.Api.Definitions;

/// <summary>One version of a workflow definition or rule set with its content.</summary>
/// <param name="Key">The document's key.</param>
/// <param name="Version">Its version number.</param>
/// <param name="Status"><c>draft</c>, <c>published</c> or <c>retired</c>.</param>
/// <param name="ContentHash">SHA-256 of the content (the ETag).</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="CreatedBy">Who stored it.</param>
/// <param name="Content">The document, in the same format as the files in <c>workflows/</c> and <c>rules/</c>.</param>
public sealed record DocumentResponse(string Key, int Version, DocumentStatus Status, string ContentHash, DateTimeOffset CreatedAt, string CreatedBy, JsonNode? Content)
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    internal static DocumentResponse From(StoredDocument d) =>
        new(d.Key, d.Version, d.Status, d.ContentHash, d.CreatedAt, d.CreatedBy, JsonNode.Parse(d.Content, documentOptions: Lenient));
}
