using System.Text.Json;
using System.Text.Json.Serialization;
using RulesEngine.Models;

namespace WorkflowEngine.Core.Rules;

/// <summary>Reads a rule-set file (one Microsoft RulesEngine <see cref="Workflow"/> object).</summary>
internal static class RuleSetReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Workflow Read(string json)
    {
        var workflow = JsonSerializer.Deserialize<Workflow>(json, Options) ?? throw new JsonException("The rule set is empty.");
        foreach (var rule in Flatten(workflow.Rules ?? []))
        {
            Normalise(rule.Actions?.OnSuccess);
            Normalise(rule.Actions?.OnFailure);
        }

        return workflow;
    }

    public static IEnumerable<Rule> Flatten(IEnumerable<Rule> rules) =>
        rules.SelectMany(r => new[] { r }.Concat(Flatten(r.Rules ?? [])));

    // System.Text.Json reads action context values as JsonElement; RulesEngine expects plain strings.
    private static void Normalise(ActionInfo? action)
    {
        if (action?.Context is null)
        {
            return;
        }

        foreach (var key in action.Context.Keys.ToList())
        {
            if (action.Context[key] is JsonElement { ValueKind: JsonValueKind.String } text)
            {
                action.Context[key] = text.GetString()!;
            }
        }
    }
}
