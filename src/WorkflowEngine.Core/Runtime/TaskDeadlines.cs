using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Runtime;

/// <summary>
/// What a live task still awaits, each instant null once it has passed or is not wanted: the
/// reminder, the overdue mark and the next rung of its escalation ladder. In that order they fall due.
/// </summary>
internal sealed record TaskDeadlines(DateTimeOffset? RemindAt, DateTimeOffset? OverdueAt, EscalationRung? NextRung, DateTimeOffset? NextRungAt)
{
    /// <summary>Nothing left to wait for.</summary>
    public static TaskDeadlines None { get; } = new(null, null, null, null);

    /// <summary>The instant the task's clock is armed for: the earliest deadline still pending, or null when none is.</summary>
    public DateTimeOffset? Earliest => new[] { RemindAt, OverdueAt, NextRungAt }.Where(d => d is not null).Min();
}
