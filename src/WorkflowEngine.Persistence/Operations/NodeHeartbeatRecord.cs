namespace WorkflowEngine.Persistence.Operations;

/// <summary>A row of the NodeHeartbeats table: one node's latest report, replaced at each beat.</summary>
internal sealed class NodeHeartbeatRecord
{
    public string Node { get; set; } = string.Empty;

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset SeenAt { get; set; }

    public double CommandsPerSecond { get; set; }

    public double TimerLagSeconds { get; set; }

    public int PendingTimers { get; set; }

    public int OutboxBacklog { get; set; }

    public int Incidents { get; set; }
}
