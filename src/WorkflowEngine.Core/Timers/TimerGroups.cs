namespace WorkflowEngine.Core.Timers;

/// <summary>
/// Splits a claimed batch into what can fire in one command: all the task timers of one case
/// together (after an outage a task's reminder, overdue mark and first rung are often due at
/// once), each stage timer alone (it moves the case, and the stage's other timers go with it).
/// Groups keep the order in which their first timer was claimed; a group keeps claim order.
/// </summary>
internal static class TimerGroups
{
    public static IEnumerable<IReadOnlyList<DueTimer>> ByCase(IReadOnlyList<DueTimer> claimed)
    {
        var groups = new List<List<DueTimer>>();
        var taskTimersOf = new Dictionary<Guid, List<DueTimer>>();
        foreach (var timer in claimed)
        {
            if (timer.Kind == TimerKind.StageTransition)
            {
                groups.Add([timer]);
                continue;
            }

            if (!taskTimersOf.TryGetValue(timer.CaseId, out var group))
            {
                group = [];
                taskTimersOf.Add(timer.CaseId, group);
                groups.Add(group);
            }

            group.Add(timer);
        }

        return groups;
    }
}
