namespace WorkflowEngine.Core.Versions;

/// <summary>How many open cases run on one version of a workflow and stand at one stage.</summary>
/// <param name="Workflow">The workflow's key.</param>
/// <param name="Version">The version they run on.</param>
/// <param name="Stage">The stage they are at.</param>
/// <param name="Count">How many.</param>
public sealed record RunningCaseCount(string Workflow, int Version, string Stage, int Count);
