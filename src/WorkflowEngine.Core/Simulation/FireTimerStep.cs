namespace WorkflowEngine.Core.Simulation;

/// <summary>
/// Time passes until a timer transition of the current stage falls due, and it fires. Every
/// other clock that falls due on the way (reminders, overdue marks, escalation rungs) fires
/// first, in order, as the timer dispatcher would.
/// </summary>
/// <param name="Transition">The timer transition's key.</param>
public sealed record FireTimerStep(string Transition) : SimulationStep
{
    /// <inheritdoc />
    public override string Describe() => $"timer '{Transition}'";
}
