namespace WorkflowEngine.Web.Features.Designer;

/// <summary>What a save, publish or retire left: the version and its status.</summary>
/// <param name="Version">Its number.</param>
/// <param name="Status"><c>Draft</c>, <c>Published</c> or <c>Retired</c>.</param>
public sealed record DesignerVersionStatus(int Version, string Status);
