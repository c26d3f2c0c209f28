using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Persistence.Tasks;

/// <summary>
/// One index walk of an inbox query: a status, a priority, and a task key when the query names
/// tasks, so that each walk is equalities on its index's leading columns, reads the index in due
/// order and can stop after a page. The walks are merged in the page's order.
/// </summary>
internal sealed record InboxRun(CaseTaskStatus Status, string? TaskKey, TaskPriority? Priority)
{
    // Every priority, the most urgent first. The index holds the priority before the due time, so
    // even a due-order page walks each priority on its own: otherwise the walk would have to sort
    // the status's tasks of both priorities before it could stop.
    private static readonly TaskPriority?[] AllPriorities = [.. Enum.GetValues<TaskPriority>().OrderDescending().Select(p => (TaskPriority?)p)];

    /// <summary>
    /// The walks of <paramref name="query"/>. A search's walks read the tasks of the cases found
    /// (a few hundred at most) by case, not in due order, so they are not split by priority.
    /// </summary>
    public static IEnumerable<InboxRun> For(InboxQuery query, bool bySearch)
    {
        IReadOnlyList<string?> taskKeys = query.TaskKeys is { Count: > 0 } keys ? [.. keys.Distinct(StringComparer.Ordinal)] : [null];
        IReadOnlyList<TaskPriority?> priorities = query.Priority is { } only ? [only] : bySearch ? [null] : AllPriorities;
        return from status in query.EffectiveStatuses
               from taskKey in taskKeys
               from priority in priorities
               select new InboxRun(status, taskKey, priority);
    }
}
