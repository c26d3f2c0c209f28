namespace WorkflowEngine.Core.Simulation;

/// <summary>One thing that happens to the simulated case: <see cref="CompleteTaskStep"/>, <see cref="FireTimerStep"/> or <see cref="MoveStep"/>.</summary>
public abstract record SimulationStep
{
    /// <summary>The step in a few words, for problems and the log.</summary>
    public abstract string Describe();
}
