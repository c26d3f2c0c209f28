namespace WorkflowEngine.Core.Definitions;

/// <summary>
/// When something falls due. Exactly one of <see cref="WorkingDays"/>, <see cref="Duration"/> or
/// <see cref="BeforeNextPanel"/> is set.
/// </summary>
public sealed record DueSpec
{
    /// <summary>
    /// Working days on the workflow's calendar: due at the end of the working day that many
    /// working days after the anchor's day (0 means by the end of the same working day).
    /// </summary>
    public int? WorkingDays { get; init; }

    /// <summary>An ISO-8601 elapsed duration such as <c>PT72H</c>, <c>P5D</c> or <c>P12W</c>.</summary>
    public string? Duration { get; init; }

    /// <summary>Key of a panel schedule: due at the start of the next panel after the anchor.</summary>
    public string? BeforeNextPanel { get; init; }

    /// <summary>The instant the clock starts from.</summary>
    public DueAnchor From { get; init; } = DueAnchor.TaskCreated;
}
