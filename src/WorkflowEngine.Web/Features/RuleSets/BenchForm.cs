namespace WorkflowEngine.Web.Features.RuleSets;

/// <summary>What the bench's form posts besides the facts: the task, and the example to save.</summary>
public sealed class BenchForm
{
    /// <summary>The value of the "no rule fires" choice.</summary>
    public const string NoRule = "none";

    /// <summary>The task being assigned (assignment rule sets).</summary>
    public string? TaskKey { get; set; }

    /// <summary>The stage being decided, or the task's stage.</summary>
    public string? StageKey { get; set; }

    /// <summary>The example's name.</summary>
    public string? ExampleName { get; set; }

    /// <summary>The decision expected (<see cref="NoRule"/> for none), or for a guard "true" or "false".</summary>
    public string? Expected { get; set; }

    /// <summary>The output expected, if any.</summary>
    public string? ExpectedOutput { get; set; }
}
