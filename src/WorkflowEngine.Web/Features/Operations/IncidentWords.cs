using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Web.Features.Operations;

/// <summary>What a failed timer was for and why it failed, in words an admin reads.</summary>
public static class IncidentWords
{
    /// <summary>What a timer of this kind does.</summary>
    public static string ForTimer(TimerKind kind) => kind switch
    {
        TimerKind.TaskReminder => "Remind the task's owner that the task is nearly due",
        TimerKind.TaskOverdue => "Mark the task overdue and tell its owner and their manager",
        TimerKind.EscalationRung => "Escalate the task to the next manager on its ladder",
        TimerKind.StageTransition => "Move the case on when its stage's time runs out",
        TimerKind.TaskClock => "Remind the task's owner, mark the task overdue or escalate it, when its next deadline passes",
        _ => kind.ToString(),
    };

    /// <summary>The last error, or a sentence saying none was recorded.</summary>
    public static string Error(string? lastError) =>
        string.IsNullOrWhiteSpace(lastError) ? "No reason was recorded." : lastError;
}
