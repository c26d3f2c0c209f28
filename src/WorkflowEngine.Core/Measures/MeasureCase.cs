namespace WorkflowEngine.Core.Measures;

/// <summary>A case behind a figure (the drill-down). Whether the viewer may see the child's name is decided by the caller.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="ChildName">The child's name.</param>
/// <param name="WorkflowKey">The case's workflow.</param>
/// <param name="OpenedAt">When the contact was received or the track started.</param>
/// <param name="InvolvedAgencies">Agencies that have or had a task on the case (for need-to-know).</param>
/// <param name="Met">For a share, whether the case met the measure; null otherwise.</param>
/// <param name="Detail">What was counted for the case, e.g. "12 days" or "child-abduction-warning-notice by police".</param>
public sealed record MeasureCase(Guid CaseId, string ChildName, string WorkflowKey, DateTimeOffset OpenedAt, IReadOnlyList<string> InvolvedAgencies, bool? Met, string Detail);
