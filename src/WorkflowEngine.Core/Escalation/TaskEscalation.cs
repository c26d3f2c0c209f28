namespace WorkflowEngine.Core.Escalation;

/// <summary>
/// One escalation of a task: raised by a rung of its ladder when the clock ran out, or by hand
/// when someone judges the situation is not improving. Kept for good, as the partnership's
/// record of who was told, when, and what they did.
/// </summary>
public sealed class TaskEscalation
{
    /// <summary>The escalation's identity.</summary>
    public required Guid Id { get; init; }

    /// <summary>The case.</summary>
    public required Guid CaseId { get; init; }

    /// <summary>The task escalated.</summary>
    public required Guid TaskId { get; init; }

    /// <summary>1 team manager, 2 agency manager, 3 agency safeguarding lead, 4 partnership chair.</summary>
    public required int Level { get; init; }

    /// <summary>When it was raised.</summary>
    public required DateTimeOffset RaisedAt { get; init; }

    /// <summary>Who raised it: <c>system</c> for a ladder rung, else the person.</summary>
    public required string RaisedBy { get; init; }

    /// <summary>Whether a person raised it by hand.</summary>
    public bool ByHand { get; init; }

    /// <summary>Why it was raised.</summary>
    public required string Reason { get; init; }

    /// <summary>The agency it goes to.</summary>
    public required string TargetAgency { get; init; }

    /// <summary>The role within that agency it goes to.</summary>
    public required string TargetRole { get; init; }

    /// <summary>Open, acknowledged or resolved.</summary>
    public EscalationStatus Status { get; set; }

    /// <summary>When a manager acknowledged it.</summary>
    public DateTimeOffset? AcknowledgedAt { get; set; }

    /// <summary>Who acknowledged it.</summary>
    public string? AcknowledgedBy { get; set; }

    /// <summary>When it was resolved.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>Who resolved it (<c>system</c> when the task ended or a higher rung took over).</summary>
    public string? ResolvedBy { get; set; }

    /// <summary>How it was resolved.</summary>
    public string? Resolution { get; set; }

    /// <summary>Whether it still needs someone (open or acknowledged).</summary>
    public bool IsLive => Status is EscalationStatus.Open or EscalationStatus.Acknowledged;
}
