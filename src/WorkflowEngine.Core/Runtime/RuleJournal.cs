using System.Text.Json.Nodes;
using WorkflowEngine.Core.Rules;

namespace WorkflowEngine.Core.Runtime;

/// <summary>
/// Turns rule results into journal data: rule set, version, inputs, the rule that fired and the outputs.
/// A result's inputs are moved into the data, not copied: the navigator journals each result once
/// and drops it, and the journal keeps a copy of its own.
/// </summary>
internal static class RuleJournal
{
    public static JsonObject Decision(RuleDecision decision, string purpose, string stage, string? task) => new()
    {
        ["purpose"] = purpose,
        ["stage"] = stage,
        ["task"] = task,
        ["ruleSet"] = decision.RuleSet,
        ["ruleSetVersion"] = decision.Version,
        ["firedRule"] = decision.FiredRule,
        ["event"] = decision.Event,
        ["output"] = decision.Output?.DeepClone(),
        ["values"] = decision.Values.DeepClone(),
        ["inputs"] = decision.Inputs,
        ["rules"] = Rules(decision.Rules),
    };

    public static JsonObject Guard(GuardResult guard, string stage, string transition) => new()
    {
        ["purpose"] = "guard",
        ["stage"] = stage,
        ["transition"] = transition,
        ["ruleSet"] = guard.RuleSet,
        ["ruleSetVersion"] = guard.Version,
        ["passed"] = guard.Passed,
        ["inputs"] = guard.Inputs,
        ["rules"] = Rules(guard.Rules),
    };

    private static JsonArray Rules(IReadOnlyList<RuleOutcome> rules) =>
        [.. rules.Select(r => (JsonNode)new JsonObject { ["rule"] = r.Rule, ["succeeded"] = r.Succeeded, ["message"] = r.Message })];
}
