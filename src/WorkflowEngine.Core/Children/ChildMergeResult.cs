namespace WorkflowEngine.Core.Children;

/// <summary>A merge done: the surviving record and the cases that moved to it.</summary>
/// <param name="Survivor">The record that stays.</param>
/// <param name="Merged">The record now marked as merged into the survivor.</param>
/// <param name="MovedCaseIds">The cases that moved from the merged record.</param>
public sealed record ChildMergeResult(ChildRecord Survivor, ChildRecord Merged, IReadOnlyList<Guid> MovedCaseIds);
