namespace WorkflowEngine.Web.Api.Cases;

/// <summary>An action that needs only a reason, recorded on the case (closing a case).</summary>
/// <param name="Reason">Why.</param>
public sealed record ReasonRequest([TextLimit(TextLimits.Reason)] string? Reason);
