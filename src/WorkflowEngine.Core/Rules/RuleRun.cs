using System.Text.Json.Nodes;

namespace WorkflowEngine.Core.Rules;

/// <summary>What one run of a rule set made of its inputs, read both ways: as a decision and as a guard.</summary>
/// <param name="FiredRule">The first rule (in file order) that succeeded, or null.</param>
/// <param name="Decision">That rule's SuccessEvent (the decision, or the owning agency), or null.</param>
/// <param name="Output">That rule's output, if it has one.</param>
/// <param name="Passes">Whether every rule succeeded (the guard's verdict).</param>
/// <param name="Inputs">The inputs exactly as the rules saw them.</param>
/// <param name="Rules">Every rule in order, whether it succeeded and, if not, its message.</param>
/// <param name="Fault">Why a rule could not run on these inputs, or null.</param>
public sealed record RuleRun(string? FiredRule, string? Decision, JsonNode? Output, bool Passes, JsonObject Inputs, IReadOnlyList<RuleOutcome> Rules, string? Fault)
{
    /// <summary>The output as plain text: a string's value, anything else as JSON; null when none.</summary>
    public string? OutputText => Output switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => Output.ToJsonString(),
    };
}
