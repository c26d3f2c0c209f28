namespace WorkflowEngine.Core.Reference;

/// <summary>A condition of a chosen list entry that the case does not meet (or that cannot be checked).</summary>
/// <param name="Field">The form field the entry was chosen in.</param>
/// <param name="Item">The entry chosen.</param>
/// <param name="Condition">The condition not met.</param>
/// <param name="Why">What the case lacks, in words (e.g. the date of birth is not recorded); null when simply not met.</param>
public sealed record UnmetCondition(string Field, ReferenceItem Item, ItemCondition Condition, string? Why);
