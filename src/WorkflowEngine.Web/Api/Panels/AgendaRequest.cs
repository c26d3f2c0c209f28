namespace WorkflowEngine.Web.Api.Panels;

/// <summary>Puts a case on a sitting's agenda.</summary>
/// <param name="CaseId">The case.</param>
public sealed record AgendaRequest(Guid? CaseId);
