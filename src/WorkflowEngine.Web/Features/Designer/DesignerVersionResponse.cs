namespace WorkflowEngine.Web.Features.Designer;

/// <summary>One version with its status and workflow JSON.</summary>
/// <param name="Version">Its number.</param>
/// <param name="Status"><c>Draft</c>, <c>Published</c> or <c>Retired</c>.</param>
/// <param name="Content">The workflow as stored.</param>
public sealed record DesignerVersionResponse(int Version, string Status, RawJson Content);
