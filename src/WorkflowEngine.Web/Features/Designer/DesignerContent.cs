namespace WorkflowEngine.Web.Features.Designer;

/// <summary>A version's number and its workflow JSON.</summary>
/// <param name="Version">Its number.</param>
/// <param name="Content">The workflow as stored.</param>
public sealed record DesignerContent(int Version, RawJson Content);
