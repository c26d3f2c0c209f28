namespace WorkflowEngine.Web.Features.Designer;

/// <summary>An outcome a task can end with.</summary>
/// <param name="Key">Its key.</param>
/// <param name="Label">Its label.</param>
public sealed record OutcomeResponse(string Key, string Label);
