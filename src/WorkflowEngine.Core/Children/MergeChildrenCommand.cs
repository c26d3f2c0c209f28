namespace WorkflowEngine.Core.Children;

/// <summary>A lead's decision that two records are the same child.</summary>
/// <param name="SurvivorId">The record that stays: every case of the other moves to it.</param>
/// <param name="MergedId">The record merged into the survivor, kept as "merged into".</param>
/// <param name="Reason">Why the lead judged them the same child (recorded on every case affected).</param>
/// <param name="Actor">The lead.</param>
public sealed record MergeChildrenCommand(Guid SurvivorId, Guid MergedId, string Reason, string Actor);
