namespace WorkflowEngine.Core.Simulation;

/// <summary>The simulator's own time: it starts at the real now and moves only when a step fires a timer.</summary>
internal sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves time on to the instant; never backwards.</summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
        if (instant > _now)
        {
            _now = instant;
        }
    }
}
