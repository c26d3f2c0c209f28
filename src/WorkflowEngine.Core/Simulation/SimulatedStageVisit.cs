namespace WorkflowEngine.Core.Simulation;

/// <summary>One stage the simulated case entered.</summary>
/// <param name="Stage">The stage's key.</param>
/// <param name="StageName">The stage's name.</param>
/// <param name="At">When (simulated time) the case entered it.</param>
/// <param name="Via">What brought it there: <c>start</c> or the transition's key.</param>
public sealed record SimulatedStageVisit(string Stage, string StageName, DateTimeOffset At, string Via);
