namespace WorkflowEngine.Web.Features.Concerns;

/// <summary>The confirmation after a concern is raised, saying where it actually went.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="ChildName">The child.</param>
/// <param name="Reference">The case reference to quote.</param>
/// <param name="CanSeeCase">Whether the person may open the case.</param>
/// <param name="NextSteps">The open tasks the concern is now with: what, which agency, by when.</param>
/// <param name="StageName">The stage the case is at (e.g. the MASH decision, or a strategy discussion for an urgent concern).</param>
public sealed record RaisedPage(Guid CaseId, string ChildName, string Reference, bool CanSeeCase, IReadOnlyList<(string Task, string Agency, string Due)> NextSteps, string StageName)
{
    /// <summary>How the child was matched to a record the partnership already holds (e.g. "their local reference"); null for a child new to it.</summary>
    public string? MatchedBy { get; init; }
}
