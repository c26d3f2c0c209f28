namespace WorkflowEngine.Web.Features.Cases;

/// <summary>One case in the list.</summary>
/// <param name="Href">The case page.</param>
/// <param name="Reference">The case reference.</param>
/// <param name="Child">The child's name.</param>
/// <param name="Stage">The current stage's name.</param>
/// <param name="Open">Whether the case is open.</param>
/// <param name="Opened">When the concern came in.</param>
public sealed record CaseListRow(string Href, string Reference, string Child, string Stage, bool Open, string Opened);
