using System.Text.Json.Nodes;
using WorkflowEngine.Core.Rules;

namespace WorkflowEngine.Web.Api.RuleSets;

/// <summary>What the latest published rule set decides for the sample facts.</summary>
/// <param name="RuleSet">The rule set.</param>
/// <param name="Version">The version that ran.</param>
/// <param name="FiredRule">The first rule that succeeded, or null.</param>
/// <param name="Decision">Its SuccessEvent (the decision, or the owning agency), or null.</param>
/// <param name="Output">Its output, if it has one.</param>
/// <param name="Inputs">The facts exactly as the rules saw them (defaults filled in).</param>
/// <param name="Rules">Every rule in order, whether it succeeded and, if not, its message.</param>
public sealed record EvaluationResponse(string RuleSet, int Version, string? FiredRule, string? Decision, JsonNode? Output, JsonObject Inputs, IReadOnlyList<RuleOutcome> Rules)
{
    internal static EvaluationResponse From(RuleDecision d) => new(d.RuleSet, d.Version, d.FiredRule, d.Event, d.Output, d.Inputs, d.Rules);
}
