namespace WorkflowEngine.Web.Features.Cases;

/// <summary>The cases list: the search and the cases found.</summary>
/// <param name="Search">The child's name searched for.</param>
/// <param name="Rows">Each case: link, reference, child, stage, status and opened date.</param>
/// <param name="AllAgencies">Whether the viewer sees every agency's cases.</param>
public sealed record CaseListView(string? Search, IReadOnlyList<CaseListRow> Rows, bool AllAgencies)
{
    /// <summary>The referrals the viewer raised, newest first, each linking to where it went.</summary>
    public IReadOnlyList<CaseListRow> Raised { get; init; } = [];
}
