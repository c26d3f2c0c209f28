namespace WorkflowEngine.Web.Features.Shared;

/// <summary>The short reference people read out for a case: the last 8 characters of its id, upper case, e.g. <c>CASE-1A2B3C4D</c>.</summary>
public static class CaseReference
{
    /// <summary>The case's reference.</summary>
    public static string Of(Guid caseId) => "CASE-" + caseId.ToString("N")[^8..].ToUpperInvariant();
}
