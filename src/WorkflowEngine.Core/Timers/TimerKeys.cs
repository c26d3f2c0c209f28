namespace WorkflowEngine.Core.Timers;

/// <summary>
/// The identity of a timer within its case, derived from what owns it. Planning compares these
/// keys, so re-planning the same thing updates the existing row instead of adding another.
/// </summary>
public static class TimerKeys
{
    /// <summary>A task's one timer, armed for its next deadline (reminder, overdue mark or escalation rung).</summary>
    public static string TaskClock(Guid taskId) => $"task/{taskId:N}/clock";

    /// <summary>The reminder before a task falls due (no longer planned: kept for rows written before the task clock).</summary>
    public static string Reminder(Guid taskId) => $"task/{taskId:N}/reminder";

    /// <summary>The instant a task falls due (no longer planned: kept for rows written before the task clock).</summary>
    public static string Overdue(Guid taskId) => $"task/{taskId:N}/overdue";

    /// <summary>A rung of a task's escalation ladder (no longer planned: kept for rows written before the task clock).</summary>
    public static string Rung(Guid taskId, int level) => $"task/{taskId:N}/rung/{level}";

    /// <summary>A timer transition of a stage, for one visit of the stage.</summary>
    public static string StageTransition(int stageVisit, string transitionKey) => $"stage/{stageVisit}/{transitionKey}";
}
