namespace WorkflowEngine.Persistence.Measures;

/// <summary>A MACE case's first discussion, closure and first disruption measure, for the monthly trend.</summary>
internal sealed record MaceFirstMeasure(DateTimeOffset FirstMaceDiscussionAt, DateTimeOffset? ClosedAt, DateTimeOffset? FirstMeasureAt);
