namespace WorkflowEngine.Core.Definitions;

/// <summary>An outcome a task can be completed with.</summary>
/// <param name="Key">Stable kebab-case key, e.g. <c>early-help</c>.</param>
/// <param name="Label">Text shown on the outcome choice, e.g. "Early Help".</param>
public sealed record OutcomeDefinition(string Key, string Label);
