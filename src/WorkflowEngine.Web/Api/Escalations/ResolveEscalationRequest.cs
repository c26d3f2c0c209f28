namespace WorkflowEngine.Web.Api.Escalations;

/// <summary>Closes an escalation.</summary>
/// <param name="Note">What was done about it.</param>
public sealed record ResolveEscalationRequest([TextLimit(TextLimits.Reason)] string? Note);
