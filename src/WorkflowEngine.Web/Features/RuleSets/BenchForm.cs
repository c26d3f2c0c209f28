using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.RuleSets;

/// <summary>What the bench's form posts besides the facts: the task, and the example to save.</summary>
public sealed class BenchForm
{
    /// <summary>The value of the "no rule fires" choice.</summary>
    public const string NoRule = "none";

    /// <summary>The most characters a task or stage key, or an expected output, takes.</summary>
    public const int KeyLimit = Api.TextLimits.Key;

    /// <summary>The most characters an example's name takes: as a rule's name.</summary>
    public const int NameLimit = Core.Validation.TextLimits.RuleName;

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

    /// <summary>Each answer over its limit, as (field id, message).</summary>
    public IEnumerable<(string Field, string Message)> OverLimits()
    {
        (string Field, string? Text, int Limit, string Label)[] texts =
        [
            (nameof(TaskKey), TaskKey, KeyLimit, "The task"),
            (nameof(StageKey), StageKey, KeyLimit, "The stage"),
            (nameof(ExampleName), ExampleName, NameLimit, "The name of the example"),
            (nameof(ExpectedOutput), ExpectedOutput, KeyLimit, "The output expected"),
        ];
        return texts.Where(t => t.Text is { } text && text.Length > t.Limit)
            .Select(t => (t.Field, $"{t.Label} {LimitWords.MustBeAtMost(t.Limit)}"));
    }
}
