namespace WorkflowEngine.Core.Timers;

/// <summary>
/// Splits a claimed batch into what can fire in one command: all the task timers of one case
/// together (the clocks of its several tasks, or rows of the older kinds, where a task's reminder,
/// overdue mark and first rung were often due at once), each stage timer alone (it moves the case,
/// and the stage's other timers go with it).
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

    /// <summary>
    /// The groups of <see cref="ByCase"/> in runs to fire as one batch: up to
    /// <paramref name="casesARun"/> cases' task timers together, each stage timer in a run of its own.
    /// </summary>
    public static IEnumerable<IReadOnlyList<IReadOnlyList<DueTimer>>> InRuns(IReadOnlyList<DueTimer> claimed, int casesARun)
    {
        var runs = new List<IReadOnlyList<IReadOnlyList<DueTimer>>>();
        var run = new List<IReadOnlyList<DueTimer>>();
        foreach (var group in ByCase(claimed))
        {
            if (group[0].Kind == TimerKind.StageTransition)
            {
                runs.Add([group]);
                continue;
            }

            run.Add(group);
            if (run.Count >= casesARun)
            {
                runs.Add(run);
                run = [];
            }
        }

        if (run.Count > 0)
        {
            runs.Add(run);
        }

        return runs;
    }
}
