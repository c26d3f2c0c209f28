namespace WorkflowEngine.Core.Measures;

/// <summary>
/// Information about a child's exploitation shared by an agency with police: from a partnership
/// intelligence track once police record its outcome, or from a disruption action whose measures
/// include an intelligence submission.
/// </summary>
public sealed class IntelligenceSubmission
{
    /// <summary>The record's identity.</summary>
    public required Guid Id { get; init; }

    /// <summary>The case whose task recorded it.</summary>
    public required Guid CaseId { get; init; }

    /// <summary>The task that recorded it.</summary>
    public required Guid TaskId { get; init; }

    /// <summary>The child it is about.</summary>
    public required Guid ChildId { get; init; }

    /// <summary>The agency that shared it.</summary>
    public required string SubmittingAgency { get; init; }

    /// <summary>The person who shared it.</summary>
    public required string SubmittedBy { get; init; }

    /// <summary>The agency it went to (police).</summary>
    public required string SubmittedTo { get; init; }

    /// <summary>When it was shared.</summary>
    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>What police recorded doing with it (the outcome's key); null when not recorded through an intelligence track.</summary>
    public string? PoliceOutcome { get; init; }

    /// <summary>When police recorded the outcome.</summary>
    public DateTimeOffset? OutcomeRecordedAt { get; init; }
}
