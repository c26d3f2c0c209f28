namespace WorkflowEngine.Core.Rules.Shadow;

/// <summary>A past decision the draft would have made differently.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Reference">The case's reference, e.g. <c>CASE-1A2B3C4D</c>.</param>
/// <param name="ChildName">The child's name; the page shows it only to people who may see the case.</param>
/// <param name="InvolvedAgencies">The agencies that have or had a task on the case.</param>
/// <param name="DecidedAt">When the decision was made.</param>
/// <param name="Version">The rule set version that made it.</param>
public sealed record ShadowCase(Guid CaseId, string Reference, string ChildName, IReadOnlyList<string> InvolvedAgencies, DateTimeOffset DecidedAt, int Version);
