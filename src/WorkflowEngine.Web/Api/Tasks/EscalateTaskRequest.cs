namespace WorkflowEngine.Web.Api.Tasks;

/// <summary>Escalates a task one level up by hand.</summary>
/// <param name="Reason">Why the situation is not improving.</param>
public sealed record EscalateTaskRequest([TextLimit(TextLimits.Reason)] string? Reason);
