using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Web.Features.Tasks;

/// <summary>One task in the inbox as the page shows it.</summary>
/// <param name="Href">The task page.</param>
/// <param name="Title">The task's title.</param>
/// <param name="Reference">The case reference.</param>
/// <param name="Due">The due time in words.</param>
/// <param name="IsOverdue">Whether it is past due.</param>
/// <param name="Status">Its status.</param>
/// <param name="HeldBy">Who holds it, if anyone.</param>
/// <param name="IsHighPriority">Whether an escalation raised its priority.</param>
/// <param name="EscalationLevel">The highest escalation level reached; 0 when never escalated.</param>
public sealed record InboxLine(string Href, string Title, string Reference, string Due, bool IsOverdue, CaseTaskStatus Status, string? HeldBy,
    bool IsHighPriority, int EscalationLevel);
