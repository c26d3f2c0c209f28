namespace WorkflowEngine.Core.Reference;

/// <summary>An entry of a reference list such as the disruption-measure taxonomy.</summary>
/// <param name="Key">Stable kebab-case key, stored in case data.</param>
/// <param name="Name">Name shown to people.</param>
/// <param name="Description">Optional guidance.</param>
/// <param name="Conditions">Conditions the entry carries in law or policy, checked when it is recorded on a case.</param>
public sealed record ReferenceItem(string Key, string Name, string? Description = null, IReadOnlyList<ItemCondition>? Conditions = null);
