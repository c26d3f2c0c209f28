using System.Text.Json.Nodes;

namespace WorkflowEngine.Core.Rules;

/// <summary>The result of a decision or assignment rule set, journalled in full.</summary>
/// <param name="RuleSet">The rule set's key.</param>
/// <param name="Version">The rule set version used.</param>
/// <param name="FiredRule">Name of the first rule that succeeded, or null when none did.</param>
/// <param name="Event">The fired rule's SuccessEvent, or null when none fired.</param>
/// <param name="Output">The fired rule's output as JSON, if it has an OutputExpression.</param>
/// <param name="Inputs">The inputs exactly as the rules saw them.</param>
/// <param name="Rules">Every rule's name and whether it succeeded, in order.</param>
public sealed record RuleDecision(
    string RuleSet,
    int Version,
    string? FiredRule,
    string? Event,
    JsonNode? Output,
    JsonObject Inputs,
    IReadOnlyList<RuleOutcome> Rules)
{
    /// <summary>
    /// The rule set's computed values (its global parameters, e.g. the screening <c>score</c>), as the
    /// rules saw them: numbers, yes/no and text only. Empty when the rule set computes none.
    /// </summary>
    public JsonObject Values { get; init; } = [];
}
