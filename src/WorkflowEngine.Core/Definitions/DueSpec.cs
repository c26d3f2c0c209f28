namespace WorkflowEngine.Core.Definitions;

/// <summary>
/// When something falls due. Exactly one of <see cref="WorkingDays"/>, <see cref="Duration"/>,
/// <see cref="BeforeNextPanel"/> or <see cref="NextPanel"/> is set.
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

    /// <summary>
    /// Key of a panel schedule: due when the agenda closes for the next panel whose agenda is still open
    /// after the anchor (the time to get something onto the agenda).
    /// </summary>
    public string? BeforeNextPanel { get; init; }

    /// <summary>
    /// Key of a panel schedule: due at the start of the next sitting of the panel after the anchor
    /// (for example, a case waiting for the MACE panel moves on when it sits).
    /// </summary>
    public string? NextPanel { get; init; }

    /// <summary>
    /// Only with <see cref="BeforeNextPanel"/>: instead of the next sitting, the last sitting on or before
    /// this ISO-8601 duration after the anchor (e.g. <c>P12W</c>), whose agenda is still open; the next
    /// sitting when none is. A skipped or cancelled sitting then brings the time earlier, never later.
    /// </summary>
    public string? LatestWithin { get; init; }

    /// <summary>
    /// Only with <see cref="WorkingDays"/>: count on this calendar instead of the workflow's (e.g. a
    /// school-term calendar, so an exclusion's timescale counts school days).
    /// </summary>
    public string? Calendar { get; init; }

    /// <summary>
    /// Only with <see cref="WorkingDays"/>: the date fact the count starts from, that date (or the next
    /// working day) being day 1, and the time due at the start of the day after the count: with 5
    /// working days, the start of day 6. When the case has no such date yet, the count starts from
    /// <see cref="From"/> as usual.
    /// </summary>
    public string? FromDate { get; init; }

    /// <summary>How many of the kinds (working days, duration, before next panel, next panel) are set; a valid time sets exactly one.</summary>
    internal int CountKinds() =>
        (WorkingDays is null ? 0 : 1) + (Duration is null ? 0 : 1) + (BeforeNextPanel is null ? 0 : 1) + (NextPanel is null ? 0 : 1);

    /// <summary>The instant the clock starts from.</summary>
    public DueAnchor From { get; init; } = DueAnchor.TaskCreated;
}
