using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Web.Api.Tasks;

/// <summary>One line of an inbox.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="CaseId">Its case.</param>
/// <param name="Stage">The stage that created it.</param>
/// <param name="Key">The task definition's key.</param>
/// <param name="Title">Its title.</param>
/// <param name="Agency">The owning agency.</param>
/// <param name="Role">The owning role (team).</param>
/// <param name="AssignedTo">The person holding it.</param>
/// <param name="Status">Where it is in its life.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="DueAt">When it falls due.</param>
/// <param name="IsOverdue">Whether it was overdue when the inbox was read.</param>
/// <param name="Version">Send it back as <c>expectedVersion</c> when completing the task.</param>
/// <param name="Priority">High once an escalation rung has raised it.</param>
/// <param name="EscalationLevel">The highest escalation level reached; 0 when never escalated.</param>
public sealed record InboxItemResponse(
    Guid TaskId, Guid CaseId, string Stage, string Key, string Title, string Agency, string? Role, string? AssignedTo,
    CaseTaskStatus Status, DateTimeOffset CreatedAt, DateTimeOffset DueAt, bool IsOverdue, long Version,
    TaskPriority Priority, int EscalationLevel)
{
    internal static InboxItemResponse From(InboxItem i) =>
        new(i.TaskId, i.CaseId, i.StageKey, i.TaskKey, i.Title, i.Agency, i.Role, i.AssignedTo, i.Status, i.CreatedAt, i.DueAt, i.IsOverdue, i.Version, i.Priority, i.EscalationLevel);
}
