namespace WorkflowEngine.Core.Timers;

/// <summary>
/// A durable timer: a row written in the same transaction as the task or stage that owns it and
/// deleted in the transaction that fires it (a task's clock with deadlines left is re-armed there
/// instead, the same row updated), so it is never lost, orphaned or fired twice.
/// </summary>
public sealed class DueTimer
{
    /// <summary>The timer's identity.</summary>
    public required Guid Id { get; init; }

    /// <summary>The case it belongs to.</summary>
    public required Guid CaseId { get; init; }

    /// <summary>
    /// Its identity within the case, derived from what owns it (see <see cref="TimerKeys"/>);
    /// unique per case, so a timer can never be planned twice.
    /// </summary>
    public required string Key { get; init; }

    /// <summary>What it does.</summary>
    public required TimerKind Kind { get; init; }

    /// <summary>The task it belongs to, for task timers.</summary>
    public Guid? TaskId { get; init; }

    /// <summary>The escalation level it raises, for ladder rungs (rows of the kind before the task clock).</summary>
    public int? Level { get; init; }

    /// <summary>The stage transition it fires, for stage timers.</summary>
    public string? TransitionKey { get; init; }

    /// <summary>The instant it falls due, as the workflow and calendar define it.</summary>
    public required DateTimeOffset DueAt { get; set; }

    /// <summary>When the dispatcher may next try it: the due instant, later after a failure.</summary>
    public required DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Failed attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Pending or incident.</summary>
    public TimerStatus Status { get; set; }

    /// <summary>Why the last attempt failed.</summary>
    public string? LastError { get; set; }

    /// <summary>The dispatcher that holds the timer while firing it.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>When that hold lapses, so another dispatcher may take the timer.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>Optimistic-concurrency version; bumped by every claim and every change.</summary>
    public long Version { get; set; }
}
