namespace WorkflowEngine.Core.Operations;

/// <summary>One node's latest report of itself: who it is, when it last reported and what it saw.</summary>
/// <param name="Node">The node's name (<c>Node:Name</c>).</param>
/// <param name="StartedAt">When the node's process started.</param>
/// <param name="SeenAt">When it last reported.</param>
/// <param name="CommandsPerSecond">Commands the node saved a second since its previous report.</param>
/// <param name="Figures">The store's figures as the node last read them.</param>
public sealed record NodeHeartbeat(string Node, DateTimeOffset StartedAt, DateTimeOffset SeenAt, double CommandsPerSecond, OperationalFigures Figures);
