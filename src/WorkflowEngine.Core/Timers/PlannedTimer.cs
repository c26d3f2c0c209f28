namespace WorkflowEngine.Core.Timers;

/// <summary>A timer the case's current state calls for.</summary>
internal sealed record PlannedTimer(string Key, TimerKind Kind, Guid? TaskId, int? Level, string? TransitionKey, DateTimeOffset DueAt);
