namespace WorkflowEngine.Core.Cases;

/// <summary>Who raised the concern and what they saw.</summary>
/// <param name="Referrer">The person who raised it.</param>
/// <param name="ReferrerAgency">Their agency's key.</param>
/// <param name="Concern">What was seen or heard, in the referrer's words.</param>
/// <param name="Urgent">Whether the referrer believes the child is at immediate risk.</param>
/// <param name="ReceivedAt">
/// When the concern reached the partnership (a telephone call, an email), which may be earlier than
/// when it was typed in; deadlines counted from the contact count from it. For a linked track, when
/// the event it follows up happened (e.g. the child's return from a missing episode). Null only on
/// records made before receipt was recorded: they count from when the case was opened.
/// </param>
public sealed record ContactDetails(string Referrer, string ReferrerAgency, string Concern, bool Urgent = false, DateTimeOffset? ReceivedAt = null)
{
    /// <summary>
    /// The user who recorded the contact, set by the engine (never taken from the caller): the person
    /// told the front door's decision and the outcome. Null on records made before it was kept.
    /// </summary>
    public string? RecordedBy { get; init; }
}
