using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Persistence.Tasks;

/// <summary>
/// One index walk of an inbox query: a status, a priority, and a task key when the query names
/// tasks, so that each walk is equalities on its index's leading columns, reads the index in due
/// order and can stop after a page. The walks are merged in the page's order.
/// </summary>
internal sealed record InboxRun(CaseTaskStatus? Status, string? TaskKey, TaskPriority? Priority)
{
    // Every priority, the most urgent first. The index holds the priority before the due time, so
    // even a due-order page walks each priority on its own: otherwise the walk would have to sort
    // the status's tasks of both priorities before it could stop.
    private static readonly TaskPriority?[] AllPriorities = [.. Enum.GetValues<TaskPriority>().OrderDescending().Select(p => (TaskPriority?)p)];

    /// <summary>
    /// The walks of <paramref name="query"/>. A search reads the tasks of the cases found (a few
    /// hundred cases at most) by case, not in due order, so it is one walk of every status asked
    /// for (a null status means all of them), each row read once.
    /// </summary>
    public static IEnumerable<InboxRun> For(InboxQuery query, bool bySearch)
    {
        IReadOnlyList<string?> taskKeys = query.TaskKeys is { Count: > 0 } keys ? [.. keys.Distinct(StringComparer.Ordinal)] : [null];
        // A search in due order needs no split; high priority first does, or the walk's limit (in due order) could cut off a high-priority task.
        IReadOnlyList<TaskPriority?> priorities = query.Priority is { } only ? [only] : bySearch && query.Order == InboxOrder.Due ? [null] : AllPriorities;
        IReadOnlyList<CaseTaskStatus?> statuses = bySearch ? [null] : [.. query.EffectiveStatuses.Select(s => (CaseTaskStatus?)s)];
        return from status in statuses
               from taskKey in taskKeys
               from priority in priorities
               select new InboxRun(status, taskKey, priority);
    }
}
