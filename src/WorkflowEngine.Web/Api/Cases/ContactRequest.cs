namespace WorkflowEngine.Web.Api.Cases;

/// <summary>Who raised the concern and what they saw.</summary>
/// <param name="Referrer">The person who raised it.</param>
/// <param name="ReferrerAgency">Their agency's key; the caller's agency when not given.</param>
/// <param name="Concern">What was seen or heard.</param>
/// <param name="Urgent">Whether the child is believed to be at immediate risk.</param>
/// <param name="ReceivedAt">When the concern was received (ISO 8601 with offset); now when not given. Not in the future, not more than 30 days back.</param>
public sealed record ContactRequest(
    [TextLimit(TextLimits.Referrer)] string? Referrer,
    [TextLimit(TextLimits.Key)] string? ReferrerAgency,
    [TextLimit(TextLimits.Concern)] string? Concern,
    bool Urgent,
    DateTimeOffset? ReceivedAt = null);
