using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Web.Features.Shared;

/// <summary>GOV.UK tag colours and words for statuses and priorities (the colours GOV.UK keeps accessible).</summary>
public static class Tags
{
    /// <summary>A task status as a tag: text and class.</summary>
    public static (string Text, string Class) For(CaseTaskStatus status) => status switch
    {
        CaseTaskStatus.Open => ("Open", "govuk-tag--blue"),
        CaseTaskStatus.Claimed => ("Claimed", "govuk-tag--purple"),
        CaseTaskStatus.Escalated => ("Escalated", "govuk-tag--red"),
        CaseTaskStatus.Completed => ("Completed", "govuk-tag--green"),
        CaseTaskStatus.Cancelled => ("Cancelled", "govuk-tag--grey"),
        _ => (status.ToString(), "govuk-tag--grey"),
    };

    /// <summary>An escalation status as a tag.</summary>
    public static (string Text, string Class) For(EscalationStatus status) => status switch
    {
        EscalationStatus.Open => ("Open", "govuk-tag--red"),
        EscalationStatus.Acknowledged => ("Acknowledged", "govuk-tag--yellow"),
        _ => ("Resolved", "govuk-tag--green"),
    };
}
