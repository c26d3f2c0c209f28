namespace WorkflowEngine.Core.Definitions;

/// <summary>One choice of a choice field.</summary>
/// <param name="Value">The stored value.</param>
/// <param name="Label">The text shown.</param>
public sealed record ChoiceOption(string Value, string Label);
