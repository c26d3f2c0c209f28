using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Web.Api.Cases;

/// <summary>A case as a list shows it.</summary>
/// <param name="Id">The case.</param>
/// <param name="ChildId">The child; every track of the child shares it.</param>
/// <param name="ChildName">The child's name.</param>
/// <param name="Workflow">The workflow's key.</param>
/// <param name="WorkflowVersion">The version the case runs on.</param>
/// <param name="Stage">The current stage's key.</param>
/// <param name="Status"><c>open</c> or <c>closed</c>.</param>
/// <param name="OpenedAt">When the contact came in.</param>
/// <param name="ClosedAt">When it closed.</param>
/// <param name="ReferrerAgency">The agency that raised it.</param>
public sealed record CaseSummaryResponse(
    Guid Id, Guid ChildId, string ChildName, string Workflow, int WorkflowVersion, string Stage, CaseStatus Status,
    DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, string ReferrerAgency)
{
    /// <summary>The reference people read out, the same as on the pages and in e-mails, e.g. <c>CASE-1A2B3C4D</c>.</summary>
    public string Reference => CaseReference.Of(Id);

    internal static CaseSummaryResponse From(CaseSummary s) =>
        new(s.Id, s.ChildId, s.ChildName, s.WorkflowKey, s.WorkflowVersion, s.StageKey, s.Status, s.OpenedAt, s.ClosedAt, s.ReferrerAgency);

    internal static CaseSummaryResponse From(CaseState s) =>
        new(s.Id, s.ChildId, s.Child.Name, s.WorkflowKey, s.WorkflowVersion, s.StageKey, s.Status, s.OpenedAt, s.ClosedAt, s.Contact.ReferrerAgency);
}
