namespace WorkflowEngine.Core.Timers;

/// <summary>How timers are planned and dispatched. Bound from the <c>Timers</c> configuration section.</summary>
public sealed class TimerOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Timers";

    /// <summary>
    /// How long before a task falls due its owner is reminded; zero turns reminders off.
    /// No reminder is planned when the task was created inside this window.
    /// </summary>
    public TimeSpan ReminderBefore { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often an idle dispatcher looks for due timers (other nodes may have added some).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a claimed timer is held before another dispatcher may take it over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many due timers one claim takes.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// How many cases of a claimed batch fire at once. Each case fires in its own transaction as
    /// before; firing several at once lets the store commit them together (one fsync for many).
    /// </summary>
    public int FiringConcurrency { get; set; } = 8;

    /// <summary>
    /// How many cases' task timers fire as one batch (see <c>ITimerHandler.FireEachAsync</c>): each
    /// case still its own command and transaction, but loaded in one read and saved in one turn of
    /// the store's writer where the store can (SQLite); one fires each case alone.
    /// </summary>
    public int CasesFiredTogether { get; set; } = 25;

    /// <summary>Attempts before a failing timer becomes an incident for an admin.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failure; it doubles with each further failure.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between attempts.</summary>
    public TimeSpan MaxRetryBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The wait before attempt <paramref name="failures"/> + 1.</summary>
    public TimeSpan BackoffAfter(int failures) => Notifications.RetryBackoff.After(failures, RetryBackoff, MaxRetryBackoff);
}
