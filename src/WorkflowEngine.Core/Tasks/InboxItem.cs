namespace WorkflowEngine.Core.Tasks;

/// <summary>One line of an inbox: a task and when it falls due.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="CaseId">The case it belongs to.</param>
/// <param name="StageKey">The stage that created it.</param>
/// <param name="TaskKey">The task definition's key.</param>
/// <param name="Title">The title shown in the inbox.</param>
/// <param name="Agency">The owning agency.</param>
/// <param name="Role">The owning role, if any.</param>
/// <param name="AssignedTo">The person holding it, if any.</param>
/// <param name="Status">Where it is in its life.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="DueAt">When it falls due.</param>
/// <param name="IsOverdue">Whether its due time had passed when the inbox was read.</param>
/// <param name="Version">The task's version, to send back when completing it (an ETag).</param>
/// <param name="Priority">High once an escalation rung has raised it.</param>
/// <param name="EscalationLevel">The highest escalation level reached; 0 when never escalated.</param>
/// <param name="ChildName">The name of the child the case is about, when the inbox read it.</param>
/// <param name="ChildDateOfBirth">The child's date of birth, when known.</param>
/// <param name="HandoverFrom">The agency that passed the task on, while the owning agency has not accepted it; otherwise null.</param>
public sealed record InboxItem(
    Guid TaskId,
    Guid CaseId,
    string StageKey,
    string TaskKey,
    string Title,
    string Agency,
    string? Role,
    string? AssignedTo,
    CaseTaskStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset DueAt,
    bool IsOverdue,
    long Version,
    TaskPriority Priority = TaskPriority.Normal,
    int EscalationLevel = 0,
    string? ChildName = null,
    DateOnly? ChildDateOfBirth = null,
    string? HandoverFrom = null);
