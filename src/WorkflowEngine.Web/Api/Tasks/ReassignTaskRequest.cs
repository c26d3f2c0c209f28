namespace WorkflowEngine.Web.Api.Tasks;

/// <summary>Gives a task to another agency, team or person.</summary>
/// <param name="Agency">The new owning agency.</param>
/// <param name="Role">The new owning role (team) within it, if any.</param>
/// <param name="Person">The person it now sits with, if any.</param>
/// <param name="Reason">Why (required).</param>
public sealed record ReassignTaskRequest(
    [TextLimit(TextLimits.Key)] string? Agency,
    [TextLimit(TextLimits.Key)] string? Role,
    [TextLimit(TextLimits.Key)] string? Person,
    [TextLimit(TextLimits.Reason)] string? Reason);
