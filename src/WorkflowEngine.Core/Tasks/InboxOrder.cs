namespace WorkflowEngine.Core.Tasks;

/// <summary>The order an inbox lists its tasks in.</summary>
public enum InboxOrder
{
    /// <summary>Overdue first, then by due time.</summary>
    Due,

    /// <summary>High-priority tasks first, each group by due time.</summary>
    Priority,
}
