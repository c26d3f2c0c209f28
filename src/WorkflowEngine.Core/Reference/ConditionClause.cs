using System.Text.Json.Nodes;

namespace WorkflowEngine.Core.Reference;

/// <summary>One way of meeting an <see cref="ItemCondition"/>: every test given here must hold.</summary>
/// <param name="ChildAgeUnder">The child is younger than this many years on the day it is recorded.</param>
/// <param name="ChildAgeAtLeast">The child is at least this many years old on the day it is recorded.</param>
/// <param name="Fact">A case fact from the catalogue that must hold the value <paramref name="Is"/>.</param>
/// <param name="Is">The value the fact must have.</param>
public sealed record ConditionClause(int? ChildAgeUnder = null, int? ChildAgeAtLeast = null, string? Fact = null, JsonNode? Is = null);
