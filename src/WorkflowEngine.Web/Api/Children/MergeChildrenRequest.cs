namespace WorkflowEngine.Web.Api.Children;

/// <summary>Two records of the same child to merge.</summary>
/// <param name="SurvivorId">The record that stays; the other's cases move to it.</param>
/// <param name="MergedId">The record merged into it (kept, marked "merged into").</param>
/// <param name="Reason">Why they are the same child; recorded on every case affected.</param>
public sealed record MergeChildrenRequest(Guid SurvivorId, Guid MergedId, [TextLimit(TextLimits.Reason)] string? Reason);
