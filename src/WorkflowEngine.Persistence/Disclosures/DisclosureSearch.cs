namespace WorkflowEngine.Persistence.Disclosures;

/// <summary>A search of the disclosure log; both filters optional.</summary>
/// <param name="CaseReference">A case reference (<c>CASE-1A2B3C4D</c> or its last 8 characters).</param>
/// <param name="UserNames">Only views by these people; null for anyone.</param>
/// <param name="Page">The page wanted, from 1.</param>
/// <param name="PageSize">Rows a page.</param>
public sealed record DisclosureSearch(string? CaseReference, IReadOnlyList<string>? UserNames, int Page = 1, int PageSize = 25);
