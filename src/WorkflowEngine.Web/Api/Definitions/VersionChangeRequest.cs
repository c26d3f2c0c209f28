namespace WorkflowEngine.Web.Api.Definitions;

/// <summary>Publishing or retiring a version: why, kept with who and when in the version's history. The body may be left out.</summary>
/// <param name="Reason">Why it is published or retired.</param>
public sealed record VersionChangeRequest([TextLimit(TextLimits.Reason)] string? Reason);
