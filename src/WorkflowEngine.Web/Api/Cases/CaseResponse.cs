using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Web.Api.Cases;

/// <summary>A case with its tasks and escalations, for someone with a need to know.</summary>
/// <param name="Id">The case.</param>
/// <param name="ChildId">The child; every track of the child shares it.</param>
/// <param name="ParentCaseId">The case this track was started from, if any.</param>
/// <param name="Workflow">The workflow's key.</param>
/// <param name="WorkflowVersion">The version the case is pinned to.</param>
/// <param name="Stage">The current stage's key.</param>
/// <param name="StageEnteredAt">When it entered that stage.</param>
/// <param name="Status"><c>open</c> or <c>closed</c>.</param>
/// <param name="ClosureReason">Why it closed.</param>
/// <param name="OpenedAt">When the contact came in.</param>
/// <param name="ClosedAt">When it closed.</param>
/// <param name="ChildName">The child's name.</param>
/// <param name="ChildDateOfBirth">The child's date of birth, if known.</param>
/// <param name="ChildReference">The child's local identifier, if known.</param>
/// <param name="Referrer">Who raised the concern.</param>
/// <param name="ReferrerAgency">Their agency.</param>
/// <param name="Concern">What they saw.</param>
/// <param name="Urgent">Whether they believed the child at immediate risk.</param>
/// <param name="Facts">The case facts.</param>
/// <param name="Tasks">Every task, open and done.</param>
/// <param name="Escalations">Every escalation, live and resolved.</param>
/// <param name="Version">The case's version.</param>
public sealed record CaseResponse(
    Guid Id, Guid ChildId, Guid? ParentCaseId, string Workflow, int WorkflowVersion, string Stage, DateTimeOffset StageEnteredAt,
    CaseStatus Status, string? ClosureReason, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt,
    string ChildName, DateOnly? ChildDateOfBirth, string? ChildReference,
    string Referrer, string ReferrerAgency, string Concern, bool Urgent, JsonObject Facts,
    IReadOnlyList<TaskResponse> Tasks, IReadOnlyList<EscalationResponse> Escalations, long Version)
{
    /// <summary>The reference people read out, the same as on the pages and in e-mails, e.g. <c>CASE-1A2B3C4D</c>.</summary>
    public string Reference => CaseReference.Of(Id);

    /// <summary>When the contact was received (for a track, when its event happened): what deadlines from the contact count from.</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    internal static CaseResponse From(CaseState s) =>
        new(s.Id, s.ChildId, s.ParentCaseId, s.WorkflowKey, s.WorkflowVersion, s.StageKey, s.StageEnteredAt, s.Status, s.ClosureReason,
            s.OpenedAt, s.ClosedAt, s.Child.Name, s.Child.DateOfBirth, s.Child.Reference,
            s.Contact.Referrer, s.Contact.ReferrerAgency, s.Contact.Concern, s.Contact.Urgent, (JsonObject)s.Facts.DeepClone(),
            [.. s.Tasks.OrderBy(t => t.CreatedAt).Select(TaskResponse.From)],
            [.. s.Escalations.OrderBy(e => e.RaisedAt).Select(EscalationResponse.From)], s.Version)
        {
            ReceivedAt = s.ReceivedAt,
        };
}
