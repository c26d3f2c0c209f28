namespace WorkflowEngine.Core.Cases;

/// <summary>Who raised the concern and what they saw.</summary>
/// <param name="Referrer">The person who raised it.</param>
/// <param name="ReferrerAgency">Their agency's key.</param>
/// <param name="Concern">What was seen or heard, in the referrer's words.</param>
/// <param name="Urgent">Whether the referrer believes the child is at immediate risk.</param>
public sealed record ContactDetails(string Referrer, string ReferrerAgency, string Concern, bool Urgent = false);
