using WorkflowEngine.Core.Escalation;

namespace WorkflowEngine.Web.Api.Cases;

/// <summary>An escalation of one of a case's tasks.</summary>
/// <param name="Id">The escalation.</param>
/// <param name="CaseId">The case.</param>
/// <param name="TaskId">The task escalated.</param>
/// <param name="Level">1 team manager, 2 agency manager, 3 agency safeguarding lead, 4 partnership chair.</param>
/// <param name="RaisedAt">When it was raised.</param>
/// <param name="RaisedBy"><c>system</c> for a ladder rung, else the person.</param>
/// <param name="ByHand">Whether a person raised it.</param>
/// <param name="Reason">Why.</param>
/// <param name="TargetAgency">The agency it goes to.</param>
/// <param name="TargetRole">The role it goes to.</param>
/// <param name="Status">Open, acknowledged or resolved.</param>
/// <param name="AcknowledgedBy">Who acknowledged it.</param>
/// <param name="ResolvedBy">Who resolved it.</param>
/// <param name="Resolution">How it was resolved.</param>
public sealed record EscalationResponse(
    Guid Id, Guid CaseId, Guid TaskId, int Level, DateTimeOffset RaisedAt, string RaisedBy, bool ByHand, string Reason,
    string TargetAgency, string TargetRole, EscalationStatus Status, string? AcknowledgedBy, string? ResolvedBy, string? Resolution)
{
    internal static EscalationResponse From(TaskEscalation e) =>
        new(e.Id, e.CaseId, e.TaskId, e.Level, e.RaisedAt, e.RaisedBy, e.ByHand, e.Reason, e.TargetAgency, e.TargetRole, e.Status,
            e.AcknowledgedBy, e.ResolvedBy, e.Resolution);
}
