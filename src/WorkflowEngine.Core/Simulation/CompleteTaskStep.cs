using System.Text.Json.Nodes;

namespace WorkflowEngine.Core.Simulation;

/// <summary>Someone completes an open task with an outcome and its form's answers.</summary>
/// <param name="Task">The task's key in the workflow.</param>
/// <param name="Outcome">One of the task's outcome keys.</param>
/// <param name="Data">Answers keyed by form field; required fields must be answered, as in the real engine.</param>
/// <param name="Agency">When several open tasks share the key (one per agency), the owning agency; the first open one otherwise.</param>
public sealed record CompleteTaskStep(string Task, string Outcome, JsonObject Data, string? Agency = null) : SimulationStep
{
    /// <inheritdoc />
    public override string Describe() => $"complete '{Task}' with '{Outcome}'";
}
