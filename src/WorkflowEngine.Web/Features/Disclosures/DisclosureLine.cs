namespace WorkflowEngine.Web.Features.Disclosures;

/// <summary>One view in the disclosure log, as the admin reads it.</summary>
/// <param name="When">When, in words.</param>
/// <param name="Person">Who, by name.</param>
/// <param name="UserName">Who, by user name.</param>
/// <param name="CaseReference">Which case.</param>
/// <param name="CasePath">The case page.</param>
/// <param name="Purpose">What they opened.</param>
public sealed record DisclosureLine(string When, string Person, string UserName, string CaseReference, string CasePath, string Purpose);
