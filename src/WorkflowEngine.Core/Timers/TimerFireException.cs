namespace WorkflowEngine.Core.Timers;

/// <summary>A timer could not do what it is for; the dispatcher retries it, then raises an incident.</summary>
public sealed class TimerFireException : Exception
{
    /// <summary>Creates the exception for a timer.</summary>
    public TimerFireException(DueTimer timer, string reason)
        : base($"Timer '{timer?.Key}' of case {timer?.CaseId} could not fire: {reason}") => Timer = timer;

    /// <summary>Creates the exception with a message.</summary>
    public TimerFireException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public TimerFireException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public TimerFireException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The timer.</summary>
    public DueTimer? Timer { get; }
}
