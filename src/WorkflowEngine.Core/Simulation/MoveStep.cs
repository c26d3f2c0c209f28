namespace WorkflowEngine.Core.Simulation;

/// <summary>A manager moves the case by hand along a manual transition of the current stage (its guard still applies).</summary>
/// <param name="Transition">The manual transition's key.</param>
public sealed record MoveStep(string Transition) : SimulationStep
{
    /// <inheritdoc />
    public override string Describe() => $"move along '{Transition}'";
}
