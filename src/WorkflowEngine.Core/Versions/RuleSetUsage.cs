namespace WorkflowEngine.Core.Versions;

/// <summary>One place a published workflow uses the rule set, and where each of its decisions leads there.</summary>
/// <param name="Workflow">The workflow's key.</param>
/// <param name="WorkflowName">Its name.</param>
/// <param name="Version">The published version read.</param>
/// <param name="Kind"><c>decision</c> (a stage's decision picks a transition), <c>owner</c> (a task's owning agency) or <c>guard</c> (a transition may only be taken when the rules pass).</param>
/// <param name="Stage">The stage's key.</param>
/// <param name="StageName">The stage's name.</param>
/// <param name="Task">For <c>owner</c>: the task's key.</param>
/// <param name="TaskTitle">For <c>owner</c>: the task's title.</param>
/// <param name="Transition">For <c>guard</c>: the guarded transition's key.</param>
/// <param name="ResultFact">For <c>decision</c>: the case fact the first succeeding rule's output is stored in, if any (e.g. <c>riskLevel</c>).</param>
/// <param name="Routes">For <c>decision</c>: each decision value and the stage it leads to (<c>otherwise</c> when no rule succeeds); for <c>guard</c>: the guarded transition.</param>
public sealed record RuleSetUsage(
    string Workflow,
    string WorkflowName,
    int Version,
    string Kind,
    string Stage,
    string StageName,
    string? Task,
    string? TaskTitle,
    string? Transition,
    string? ResultFact,
    IReadOnlyList<DecisionRoute> Routes);
