namespace WorkflowEngine.Core.Cases;

/// <summary>
/// The short reference people read out for a case, the same on every page, API answer and e-mail:
/// the last 8 characters of its id, upper case, e.g. <c>CASE-1A2B3C4D</c>. (The id's first
/// characters are its creation time, so they would be shared by cases opened together.)
/// </summary>
public static class CaseReference
{
    /// <summary>The case's reference.</summary>
    public static string Of(Guid caseId) => "CASE-" + caseId.ToString("N")[^8..].ToUpperInvariant();
}
