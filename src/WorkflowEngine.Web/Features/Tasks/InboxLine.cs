using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Web.Features.Tasks;

/// <summary>One task in the inbox as the page shows it.</summary>
/// <param name="Href">The task page.</param>
/// <param name="Title">The task's title.</param>
/// <param name="Reference">The case reference.</param>
/// <param name="ChildName">The child's name.</param>
/// <param name="ChildAge">The child's age in words ("14 years old"), if their date of birth is known.</param>
/// <param name="StageName">The stage that created the task.</param>
/// <param name="Received">When the task came into the inbox, in words.</param>
/// <param name="Due">The due time in words.</param>
/// <param name="IsOverdue">Whether it is past due.</param>
/// <param name="Status">Its status.</param>
/// <param name="HeldBy">Who holds it (their name), if anyone.</param>
/// <param name="IsHighPriority">Whether an escalation raised its priority.</param>
/// <param name="EscalationLevel">The highest escalation level reached; 0 when never escalated.</param>
/// <param name="HandoverAgency">While the task awaits acceptance: in the receiving agency's inbox, the agency that passed it on; in the sender's list, the agency it waits for. Otherwise null.</param>
public sealed record InboxLine(string Href, string Title, string Reference, string ChildName, string? ChildAge, string StageName, string Received,
    string Due, bool IsOverdue, CaseTaskStatus Status, string? HeldBy, bool IsHighPriority, int EscalationLevel, string? HandoverAgency = null);
