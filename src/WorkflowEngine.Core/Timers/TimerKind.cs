namespace WorkflowEngine.Core.Timers;

/// <summary>
/// What a durable timer does when it falls due. Stored by name. A task has one timer,
/// <see cref="TaskClock"/>; the three kinds before it are no longer planned but still fire, for rows
/// written before it (the first command on such a case replaces them with the clock).
/// </summary>
public enum TimerKind
{
    /// <summary>Reminds the task's owner shortly before the task falls due.</summary>
    TaskReminder,

    /// <summary>Marks the task overdue and tells its owner and their manager.</summary>
    TaskOverdue,

    /// <summary>Climbs the task's escalation ladder to the next rung.</summary>
    EscalationRung,

    /// <summary>Fires a timer transition declared on the case's current stage.</summary>
    StageTransition,

    /// <summary>
    /// A task's one timer, armed for the earliest deadline it still awaits: reminds, marks overdue or
    /// climbs one rung of the escalation ladder, whichever fell due by the instant it was armed for.
    /// </summary>
    TaskClock,
}
