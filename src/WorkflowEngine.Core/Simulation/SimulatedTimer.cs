namespace WorkflowEngine.Core.Simulation;

/// <summary>A timer transition of the current stage waiting to fire.</summary>
/// <param name="Transition">The transition's key (use it in a <see cref="FireTimerStep"/>).</param>
/// <param name="DueAt">When it falls due (simulated time).</param>
public sealed record SimulatedTimer(string Transition, DateTimeOffset DueAt);
