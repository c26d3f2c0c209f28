using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Simulation;

/// <summary>A task still open at the end of the simulation, with its owner and due time.</summary>
/// <param name="Key">The task's key in the workflow.</param>
/// <param name="Title">Its title.</param>
/// <param name="Agency">The owning agency (after any rule-set assignment and escalation reassignment).</param>
/// <param name="Role">The owning role, if any.</param>
/// <param name="DueAt">When it falls due (simulated time).</param>
/// <param name="Outcomes">The outcomes it can be completed with.</param>
public sealed record SimulatedTask(string Key, string Title, string Agency, string? Role, DateTimeOffset DueAt, IReadOnlyList<OutcomeDefinition> Outcomes);
