namespace WorkflowEngine.Core.Operations;

/// <summary>The nodes' heartbeats, one row per node, shared through the database.</summary>
public interface INodeHeartbeats
{
    /// <summary>Records a node's report, replacing its previous one.</summary>
    Task BeatAsync(NodeHeartbeat heartbeat, CancellationToken cancellationToken = default);

    /// <summary>Nodes that reported at or after <paramref name="since"/>, by name.</summary>
    Task<IReadOnlyList<NodeHeartbeat>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default);
}
