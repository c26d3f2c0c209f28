using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Escalation;

/// <summary>One row of the escalation queue: the escalation and the task it is about.</summary>
/// <param name="Escalation">The escalation.</param>
/// <param name="TaskTitle">The task's title.</param>
/// <param name="TaskAgency">The agency that owns the task now.</param>
/// <param name="TaskDueAt">When the task fell (or falls) due.</param>
/// <param name="TaskStatus">Where the task is.</param>
/// <param name="ChildName">The name of the child the case is about.</param>
public sealed record EscalationQueueItem(TaskEscalation Escalation, string TaskTitle, string TaskAgency, DateTimeOffset TaskDueAt, CaseTaskStatus TaskStatus,
    string? ChildName = null);
