namespace WorkflowEngine.Core.Measures;

/// <summary>One disruption measure recorded by an agency on a completed disruption action.</summary>
public sealed class DisruptionMeasureRecord
{
    /// <summary>The record's identity.</summary>
    public required Guid Id { get; init; }

    /// <summary>The case.</summary>
    public required Guid CaseId { get; init; }

    /// <summary>The disruption action that recorded it.</summary>
    public required Guid TaskId { get; init; }

    /// <summary>The agency that used the measure.</summary>
    public required string Agency { get; init; }

    /// <summary>The measure's key in <c>reference/lists/disruption-measures.json</c>.</summary>
    public required string Measure { get; init; }

    /// <summary>When it was recorded (the action's completion).</summary>
    public required DateTimeOffset RecordedAt { get; init; }
}
