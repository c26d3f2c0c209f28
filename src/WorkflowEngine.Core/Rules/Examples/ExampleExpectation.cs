using System.Text.Json.Nodes;

namespace WorkflowEngine.Core.Rules.Examples;

/// <summary>
/// What an example expects: a decision (the fired rule's SuccessEvent, or none), optionally with
/// its output and the rule that fires; or, for a guard, whether it passes.
/// </summary>
/// <param name="ChecksDecision">Whether the decision is expected (a decision or assignment rule set).</param>
/// <param name="Decision">The decision expected; null means no rule fires.</param>
/// <param name="Output">The output expected, as text, if checked.</param>
/// <param name="Rule">The name of the rule expected to fire, if checked.</param>
/// <param name="Passes">For a guard: whether every rule should succeed.</param>
public sealed record ExampleExpectation(bool ChecksDecision, string? Decision, string? Output, string? Rule, bool? Passes)
{
    /// <summary>Expects a decision (null: no rule fires), optionally its output and rule.</summary>
    public static ExampleExpectation OfDecision(string? decision, string? output = null, string? rule = null) => new(true, decision, output, rule, null);

    /// <summary>Expects a guard to pass or not.</summary>
    public static ExampleExpectation OfGuard(bool passes) => new(false, null, null, null, passes);

    /// <summary>The expectation as the examples file holds it.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject();
        if (ChecksDecision)
        {
            json["decision"] = Decision;
            if (Output is not null)
            {
                json["output"] = Output;
            }

            if (Rule is not null)
            {
                json["rule"] = Rule;
            }
        }

        if (Passes is { } passes)
        {
            json["passes"] = passes;
        }

        return json;
    }

    /// <summary>The expectation in words, e.g. "decision 'mace-referral' with output 'significant'".</summary>
    public string Describe() => ChecksDecision
        ? (Decision is null ? "no rule to fire" : $"decision '{Decision}'") + (Output is null ? string.Empty : $" with output '{Output}'")
        : Passes == true ? "the rules to pass" : "the rules to refuse";
}
