namespace WorkflowEngine.Core.Timers;

/// <summary>What a durable timer does when it falls due.</summary>
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
}
