using System.Text.Json.Nodes;

namespace WorkflowEngine.Core.Rules;

/// <summary>The result of a guard rule set.</summary>
/// <param name="RuleSet">The rule set's key.</param>
/// <param name="Version">The rule set version used.</param>
/// <param name="Passed">Whether every rule succeeded.</param>
/// <param name="Inputs">The inputs exactly as the rules saw them.</param>
/// <param name="Rules">Every rule's outcome; failing rules carry their ErrorMessage for people.</param>
public sealed record GuardResult(string RuleSet, int Version, bool Passed, JsonObject Inputs, IReadOnlyList<RuleOutcome> Rules);
