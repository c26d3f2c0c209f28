namespace WorkflowEngine.Persistence.Disclosures;

/// <summary>A page of the disclosure log, newest first.</summary>
/// <param name="Entries">The views on this page.</param>
/// <param name="Total">How many views match the search in all.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">Rows a page.</param>
public sealed record DisclosurePage(IReadOnlyList<DisclosureEntry> Entries, int Total, int Page, int PageSize)
{
    /// <summary>How many pages the search fills (at least one).</summary>
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
