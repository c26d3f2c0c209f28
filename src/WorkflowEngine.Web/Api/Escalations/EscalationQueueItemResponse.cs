using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Web.Api.Cases;

namespace WorkflowEngine.Web.Api.Escalations;

/// <summary>One row of the escalation queue.</summary>
/// <param name="Escalation">The escalation.</param>
/// <param name="TaskTitle">The task's title.</param>
/// <param name="TaskAgency">The agency that owns the task now.</param>
/// <param name="TaskDueAt">When the task fell (or falls) due.</param>
/// <param name="TaskStatus">Where the task is.</param>
public sealed record EscalationQueueItemResponse(EscalationResponse Escalation, string TaskTitle, string TaskAgency, DateTimeOffset TaskDueAt, CaseTaskStatus TaskStatus)
{
    internal static EscalationQueueItemResponse From(EscalationQueueItem i) =>
        new(EscalationResponse.From(i.Escalation), i.TaskTitle, i.TaskAgency, i.TaskDueAt, i.TaskStatus);
}
