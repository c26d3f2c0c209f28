using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Rules.Examples;

/// <summary>
/// Reads and checks an examples file (<c>schemas/examples.schema.json</c>): its rule set's key,
/// each example's name (unique), facts (in the catalogue and of their type), task and expectation.
/// Every problem at once, each with its JSON path and a sentence a lead understands.
/// </summary>
public static class RuleExamplesReader
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly HashSet<string> ExampleProperties = ["name", "description", "facts", "task", "expect"];
    private static readonly HashSet<string> ExpectProperties = ["decision", "output", "rule", "passes"];

    /// <summary>Reads the examples of a rule set.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="reference">The fact catalogue the facts must come from.</param>
    /// <param name="expectedRuleSet">The rule set they belong to, if known (its key must match).</param>
    public static RuleExamplesReadResult Read(string json, ReferenceData reference, string? expectedRuleSet = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: Lenient);
        }
        catch (JsonException ex)
        {
            return new(null, [new("examples.invalid-json", "$", $"The examples are not valid JSON: {ex.Message}")]);
        }

        if (root is not JsonObject file)
        {
            return new(null, [new("examples.not-an-object", "$", "The examples file must be an object with 'ruleSet' and 'examples'.")]);
        }

        var errors = new List<ValidationError>();
        var ruleSet = Text(file["ruleSet"]);
        if (string.IsNullOrWhiteSpace(ruleSet))
        {
            errors.Add(new("examples.no-rule-set", "$.ruleSet", "Say which rule set these examples test, in 'ruleSet'."));
        }
        else if (expectedRuleSet is not null && ruleSet != expectedRuleSet)
        {
            errors.Add(new("examples.rule-set-mismatch", "$.ruleSet", $"These examples say they test '{ruleSet}', but they belong to rule set '{expectedRuleSet}'. Make them the same."));
        }

        foreach (var (name, _) in file)
        {
            if (name is not ("$schema" or "ruleSet" or "examples"))
            {
                errors.Add(new("examples.unknown-property", $"$.{name}", $"'{name}' is not part of an examples file; it holds only 'ruleSet' and 'examples'."));
            }
        }

        if (file["examples"] is not JsonArray items)
        {
            errors.Add(new("examples.no-list", "$.examples", "List the examples in 'examples' (it may be empty)."));
            return new(null, errors);
        }

        var examples = new List<RuleExample>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < items.Count; i++)
        {
            var example = ReadExample(items[i], $"$.examples[{i}]", i, reference, names, errors);
            if (example is not null)
            {
                examples.Add(example);
            }
        }

        return errors.Count > 0 ? new(null, errors) : new(new RuleExampleSet(ruleSet!, examples), []);
    }

    private static RuleExample? ReadExample(JsonNode? node, string path, int index, ReferenceData reference, HashSet<string> names, List<ValidationError> errors)
    {
        if (node is not JsonObject item)
        {
            errors.Add(new("example.not-an-object", path, $"Example {index + 1} must be an object with a name, facts and what is expected."));
            return null;
        }

        var count = errors.Count;
        var name = Text(item["name"]);
        var label = string.IsNullOrWhiteSpace(name) ? $"Example {index + 1}" : $"Example '{name}'";
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new("example.no-name", $"{path}.name", $"Example {index + 1} has no name. Name it for what it shows, like 'Police referrer, score 5'."));
        }
        else if (!names.Add(name.Trim()))
        {
            errors.Add(new("example.duplicate-name", $"{path}.name", $"Two examples are called '{name}'. Give each example its own name."));
        }

        foreach (var (property, _) in item)
        {
            if (!ExampleProperties.Contains(property))
            {
                errors.Add(new("example.unknown-property", $"{path}.{property}", $"{label} has '{property}', which an example does not have; use name, description, facts, task and expect."));
            }
        }

        var facts = item["facts"] as JsonObject;
        if (item["facts"] is not null && facts is null)
        {
            errors.Add(new("example.facts-not-an-object", $"{path}.facts", $"{label}: 'facts' must be an object of facts, like {{ \"missingEpisodes\": 3 }}."));
        }
        else if (facts is not null)
        {
            errors.AddRange(FactValueCheck.Validate(facts, reference, $"{path}.facts").Select(e => e with { Message = $"{label}: {e.Message}" }));
        }

        string? taskKey = null, stageKey = null;
        if (item["task"] is { } taskNode)
        {
            if (taskNode is JsonObject task && task.All(p => p.Key is "key" or "stage" && p.Value?.GetValueKind() == JsonValueKind.String))
            {
                taskKey = Text(task["key"]);
                stageKey = Text(task["stage"]);
            }
            else
            {
                errors.Add(new("example.task", $"{path}.task", $"{label}: 'task' must say the task's 'key' and, if the rules read it, its 'stage', both as text."));
            }
        }

        var expect = ReadExpectation(item["expect"], $"{path}.expect", label, errors);
        return errors.Count > count || expect is null
            ? null
            : new RuleExample(name!.Trim(), (JsonObject?)facts?.DeepClone() ?? [], taskKey, stageKey, expect, Text(item["description"]));
    }

    private static ExampleExpectation? ReadExpectation(JsonNode? node, string path, string label, List<ValidationError> errors)
    {
        if (node is not JsonObject expect)
        {
            errors.Add(new("example.no-expectation", path, $"{label} does not say what it expects. Add 'expect' with the 'decision' (or, for a guard, whether it 'passes')."));
            return null;
        }

        foreach (var (property, _) in expect)
        {
            if (!ExpectProperties.Contains(property))
            {
                errors.Add(new("example.unknown-expectation", $"{path}.{property}", $"{label} expects '{property}', which is not something a rule set gives; use decision, output, rule or passes."));
                return null;
            }
        }

        var checksDecision = expect.ContainsKey("decision");
        var hasPasses = expect.ContainsKey("passes");
        if (checksDecision == hasPasses)
        {
            errors.Add(new("example.expectation", path, $"{label} must expect either a 'decision' (use null for \"no rule fires\") or, for a guard, whether it 'passes', not {(checksDecision ? "both" : "neither")}."));
            return null;
        }

        if (hasPasses)
        {
            if (expect["passes"]?.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False) || expect.ContainsKey("output") || expect.ContainsKey("rule"))
            {
                errors.Add(new("example.passes", $"{path}.passes", $"{label}: 'passes' must be true or false, on its own."));
                return null;
            }

            return ExampleExpectation.OfGuard(expect["passes"]!.GetValue<bool>());
        }

        var decision = expect["decision"];
        if (decision is not null && decision.GetValueKind() != JsonValueKind.String)
        {
            errors.Add(new("example.decision", $"{path}.decision", $"{label}: 'decision' must be the decision as text, or null when no rule should fire."));
            return null;
        }

        var output = expect["output"];
        var rule = expect["rule"];
        if ((output is not null && output.GetValueKind() != JsonValueKind.String) || (rule is not null && rule.GetValueKind() != JsonValueKind.String))
        {
            errors.Add(new("example.output", path, $"{label}: 'output' and 'rule' must be text."));
            return null;
        }

        return ExampleExpectation.OfDecision(Text(decision), Text(output), Text(rule));
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
