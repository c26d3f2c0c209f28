namespace WorkflowEngine.Web.Features.Cases;

/// <summary>One journal entry as the MoJ timeline shows it.</summary>
/// <param name="Title">What happened.</param>
/// <param name="By">Who did it, by their display name.</param>
/// <param name="Agency">The agency it was done for, when known.</param>
/// <param name="At">When, as an ISO instant for the time element.</param>
/// <param name="When">When, in words.</param>
/// <param name="Details">Lines of detail.</param>
public sealed record TimelineItem(string Title, string By, string? Agency, string At, string When, IReadOnlyList<string> Details);
