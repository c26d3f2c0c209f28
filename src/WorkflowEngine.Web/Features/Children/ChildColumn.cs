using WorkflowEngine.Core.Children;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Web.Features.Children;

/// <summary>A child record as the leads' pages show it: the record and the cases on it.</summary>
/// <param name="Record">The record.</param>
/// <param name="Cases">Its cases and tracks, newest first.</param>
public sealed record ChildColumn(ChildRecord Record, IReadOnlyList<CaseSummary> Cases)
{
    /// <summary>The date of birth in words, or that it is not known.</summary>
    public string BornWords => Record.DateOfBirth?.ToString("d MMMM yyyy", ChildPages.English) ?? "Not known";

    /// <summary>The local reference, or that none was given.</summary>
    public string ReferenceWords => Record.LocalReference ?? "None given";

    /// <summary>When the record was made, in words.</summary>
    public string CreatedWords => Record.CreatedAt.ToString("d MMMM yyyy", ChildPages.English);
}
