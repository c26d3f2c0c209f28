namespace WorkflowEngine.Core.Simulation;

/// <summary>A manual transition the current stage offers.</summary>
/// <param name="Key">The transition's key (use it in a <see cref="MoveStep"/>).</param>
/// <param name="To">The stage it leads to.</param>
public sealed record SimulatedTransition(string Key, string To);
