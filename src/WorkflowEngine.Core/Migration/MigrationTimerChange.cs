namespace WorkflowEngine.Core.Migration;

/// <summary>How a migration changes one of the case's timers.</summary>
public enum MigrationTimerChangeKind
{
    /// <summary>A timer the case needs on the new version and does not have.</summary>
    Added,

    /// <summary>A timer the new version no longer needs.</summary>
    Removed,

    /// <summary>A timer the case keeps, falling due at another time.</summary>
    Moved,
}

/// <summary>One timer change of a migration.</summary>
/// <param name="Change">Added, removed or moved.</param>
/// <param name="Kind">The timer's kind (reminder, overdue, escalation rung, stage transition).</param>
/// <param name="TaskKey">The task it belongs to, if any.</param>
/// <param name="DueAt">When it falls due after the migration (before it, for a removed timer).</param>
public sealed record MigrationTimerChange(MigrationTimerChangeKind Change, Timers.TimerKind Kind, string? TaskKey, DateTimeOffset DueAt);
