namespace WorkflowEngine.Web.Hosting;

/// <summary>
/// The system clock plus an offset that a test can move forward. Registered only when
/// <c>TestHooks:Clock</c> is on (never by default), so browser tests can watch a task escalate
/// without waiting days.
/// </summary>
public sealed class AdjustableClock : TimeProvider
{
    private readonly Lock _gate = new();
    private TimeSpan _offset;

    /// <summary>How far ahead of real time the clock runs.</summary>
    public TimeSpan Offset
    {
        get
        {
            lock (_gate)
            {
                return _offset;
            }
        }
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    /// <summary>Moves the clock forward; it never goes back.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (_gate)
        {
            _offset += by;
        }
    }
}
