using System.Text.Json.Nodes;

namespace WorkflowEngine.Core.Rules;

/// <summary>
/// What a rule set may see. Expressions read <c>facts.X</c> (every catalogue fact, defaulted when
/// absent) and, for assignment rule sets, <c>task.key</c> and <c>task.stage</c>.
/// </summary>
/// <param name="Facts">The case facts, only read: rule expressions see a typed snapshot built from them, never this object.</param>
/// <param name="TaskKey">The task being assigned, if any.</param>
/// <param name="StageKey">The stage being decided or the task's stage, if any.</param>
public sealed record RuleInputs(JsonObject Facts, string? TaskKey = null, string? StageKey = null);
