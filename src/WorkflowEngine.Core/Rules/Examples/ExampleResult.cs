namespace WorkflowEngine.Core.Rules.Examples;

/// <summary>How one example came out against one version of a rule set.</summary>
/// <param name="Index">Its position in the examples file (for <c>$.examples[i]</c>).</param>
/// <param name="Example">The example.</param>
/// <param name="Run">What the rule set made of it, with every rule's result.</param>
/// <param name="Failure">Why it failed, in words; null when it passed.</param>
public sealed record ExampleResult(int Index, RuleExample Example, RuleRun Run, string? Failure)
{
    /// <summary>Whether the rule set did what the example expects.</summary>
    public bool Passed => Failure is null;

    /// <summary>The JSON path of the example in its file.</summary>
    public string Path => $"$.examples[{Index}]";
}
