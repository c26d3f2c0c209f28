using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Persistence.Tasks;

/// <summary>
/// One index walk of an inbox query: a status, and a task key and priority class when the query
/// splits by them, so that each walk reads its index in due order and can stop after a page.
/// </summary>
internal sealed record InboxRun(CaseTaskStatus Status, string? TaskKey, TaskPriority? Priority)
{
    public static IEnumerable<InboxRun> For(InboxQuery query)
    {
        IReadOnlyList<string?> taskKeys = query.TaskKeys is { Count: > 0 } keys ? [.. keys.Distinct(StringComparer.Ordinal)] : [null];
        IReadOnlyList<TaskPriority?> priorities = query.Priority is { } only ? [only]
            : query.Order == InboxOrder.Priority ? [TaskPriority.High, TaskPriority.Normal]
            : [null];
        return from status in query.EffectiveStatuses
               from taskKey in taskKeys
               from priority in priorities
               select new InboxRun(status, taskKey, priority);
    }
}
