namespace WorkflowEngine.Web.Features.Designer;

/// <summary>The designer page: where the front end mounts, and what people without JavaScript see instead.</summary>
/// <param name="Key">The workflow's key.</param>
/// <param name="Name">The workflow's name, from its latest published version (or its draft).</param>
/// <param name="CanEdit">Whether the person may save, publish and retire (leads and admins).</param>
/// <param name="Version">The version shown to people without JavaScript.</param>
/// <param name="Diagram">That version as Mermaid text.</param>
public sealed record DesignerPageView(string Key, string Name, bool CanEdit, int Version, string? Diagram);
