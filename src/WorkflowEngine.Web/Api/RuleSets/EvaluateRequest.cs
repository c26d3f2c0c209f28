using System.Text.Json.Nodes;

namespace WorkflowEngine.Web.Api.RuleSets;

/// <summary>Sample case facts to run a rule set against (the test bench).</summary>
/// <param name="Facts">Facts keyed by the fact catalogue; missing ones take their defaults.</param>
/// <param name="Task">For assignment rule sets: the task key being assigned.</param>
/// <param name="Stage">The stage being decided, or the task's stage.</param>
public sealed record EvaluateRequest(JsonObject? Facts, [TextLimit(TextLimits.Key)] string? Task, [TextLimit(TextLimits.Key)] string? Stage);
