using System.Text.Json;

namespace WorkflowEngine.Core.Definitions;

/// <summary>One keyword that failed during schema evaluation, with what is needed to explain it.</summary>
/// <param name="Keyword">The failing keyword, e.g. <c>required</c>; empty for a false schema.</param>
/// <param name="LibraryMessage">JsonSchema.Net's own message, used only when no better one exists.</param>
/// <param name="EvaluationPath">Where in the schema evaluation reached the keyword.</param>
/// <param name="SchemaLocation">The absolute location of the subschema holding the keyword.</param>
/// <param name="Segments">The instance location as pointer segments.</param>
/// <param name="Instance">The whole document being checked.</param>
/// <param name="Schema">The workflow schema.</param>
internal sealed record SchemaFailure(
    string Keyword,
    string LibraryMessage,
    string EvaluationPath,
    Uri? SchemaLocation,
    IReadOnlyList<string> Segments,
    JsonElement Instance,
    WorkflowSchema Schema)
{
    /// <summary>The JSON path of the failing value.</summary>
    public string Path => JsonPointerPath.ToJsonPath(Segments, Instance);

    /// <summary>The failing value, if the document has one there.</summary>
    public JsonElement? Value => JsonPointerPath.Resolve(Instance, Segments);

    /// <summary>The schema object that holds the keyword, if it can be found.</summary>
    public JsonElement? KeywordOwner => SchemaLocation is null ? null : Schema.FindKeywordOwner(SchemaLocation, Keyword);
}
