namespace WorkflowEngine.Core.Timers;

/// <summary>Where a durable timer is. A fired timer is deleted in the transaction that fired it.</summary>
public enum TimerStatus
{
    /// <summary>Waiting for its instant (or for its next attempt after a failure).</summary>
    Pending,

    /// <summary>Failed on every attempt; waits for an admin to look and retry it.</summary>
    Incident,
}
