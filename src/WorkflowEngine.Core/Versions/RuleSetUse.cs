namespace WorkflowEngine.Core.Versions;

/// <summary>A workflow version in use and every place in it that reads a rule set.</summary>
/// <param name="Workflow">The workflow version and how it is in use.</param>
/// <param name="Usages">The stages, tasks and transitions that read the rule set.</param>
public sealed record RuleSetUse(WorkflowVersionInUse Workflow, IReadOnlyList<RuleSetUsage> Usages);
