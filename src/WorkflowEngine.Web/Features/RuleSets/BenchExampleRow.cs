using WorkflowEngine.Core.Rules.Examples;

namespace WorkflowEngine.Web.Features.RuleSets;

/// <summary>One example on the bench, run against the published version and the draft.</summary>
/// <param name="Index">Its position in the examples file.</param>
/// <param name="Example">The example.</param>
/// <param name="OnPublished">How it came out on the published version, if there is one.</param>
/// <param name="OnDraft">How it came out on the draft, if there is one.</param>
public sealed record BenchExampleRow(int Index, RuleExample Example, ExampleResult? OnPublished, ExampleResult? OnDraft);
