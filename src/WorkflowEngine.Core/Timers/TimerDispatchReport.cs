namespace WorkflowEngine.Core.Timers;

/// <summary>What one dispatch pass did.</summary>
public sealed class TimerDispatchReport
{
    /// <summary>Timers fired.</summary>
    public int Fired { get; set; }

    /// <summary>Timers found already fired, re-planned or gone (nothing to do).</summary>
    public int Skipped { get; set; }

    /// <summary>Attempts that failed (each is retried later or became an incident).</summary>
    public int Failed { get; set; }

    /// <summary>Timers that became incidents in this pass.</summary>
    public int Incidents { get; set; }

    /// <summary>Adds another report's counts to this one.</summary>
    public void Add(TimerDispatchReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Fired += other.Fired;
        Skipped += other.Skipped;
        Failed += other.Failed;
        Incidents += other.Incidents;
    }
}
