using WorkflowEngine.Core.Children;

namespace WorkflowEngine.Web.Api.Children;

/// <summary>A merge done.</summary>
/// <param name="Survivor">The record that stays.</param>
/// <param name="Merged">The record merged into it.</param>
/// <param name="MovedCaseIds">The cases that moved to the survivor.</param>
public sealed record ChildMergeResponse(ChildResponse Survivor, ChildResponse Merged, IReadOnlyList<Guid> MovedCaseIds)
{
    /// <summary>The response for a merge.</summary>
    public static ChildMergeResponse From(ChildMergeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(ChildResponse.From(result.Survivor), ChildResponse.From(result.Merged), result.MovedCaseIds);
    }
}
