using WorkflowEngine.Core.Cases;

namespace WorkflowEngine.Core.Runtime;

/// <summary>A case as a list shows it.</summary>
/// <param name="Id">The case.</param>
/// <param name="ChildId">The child (every track of the child shares it).</param>
/// <param name="ChildName">The child's name.</param>
/// <param name="WorkflowKey">The workflow.</param>
/// <param name="WorkflowVersion">The version it runs on.</param>
/// <param name="StageKey">The current stage.</param>
/// <param name="Status">Open or closed.</param>
/// <param name="OpenedAt">When the contact came in.</param>
/// <param name="ClosedAt">When it closed.</param>
/// <param name="ReferrerAgency">Who raised it.</param>
public sealed record CaseSummary(
    Guid Id, Guid ChildId, string ChildName, string WorkflowKey, int WorkflowVersion, string StageKey, CaseStatus Status,
    DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, string ReferrerAgency);
