namespace WorkflowEngine.Core.Operations;

/// <summary>What an operator alerts on, as read from the store at one moment (the same for every node).</summary>
/// <param name="TimerLag">Now minus the due time of the oldest pending timer that is due; zero when none is late.</param>
/// <param name="PendingTimers">Timers waiting to fire.</param>
/// <param name="OutboxBacklog">Notifications waiting to be sent.</param>
/// <param name="Incidents">Timers that failed every attempt plus notifications given up on: each needs an admin.</param>
public sealed record OperationalFigures(TimeSpan TimerLag, int PendingTimers, int OutboxBacklog, int Incidents)
{
    /// <summary>Nothing read yet.</summary>
    public static OperationalFigures None { get; } = new(TimeSpan.Zero, 0, 0, 0);
}
