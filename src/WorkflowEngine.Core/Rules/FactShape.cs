using System.Globalization;
using System.Linq.Dynamic.Core;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;

namespace WorkflowEngine.Core.Rules;

/// <summary>
/// The typed objects rule expressions see as <c>facts</c> and <c>task</c>. Every catalogue fact is a
/// property, defaulted when the case lacks it, so an expression compiles the same way for every
/// case. A fresh snapshot is built for each evaluation; the live case facts are never exposed.
/// </summary>
internal sealed class FactShape
{
    private readonly IReadOnlyList<FactDefinition> _facts;

    // Facts another fact is derived from. When one is not given, the journal records it as not given
    // (null) rather than as its default: re-running the journalled inputs (a shadow run, an example
    // taken from a case) must not derive from a 0 nobody recorded.
    private readonly HashSet<string> _derivationSources;

    public FactShape(ReferenceData reference)
    {
        _facts = reference.Facts;
        _derivationSources = [.. _facts.Where(f => f.Derived is not null).Select(f => f.Derived!.From)];
        FactsType = DynamicClassFactory.CreateType([.. _facts.Select(f => new DynamicProperty(f.Key, ClrType(f.Type)))], createParameterCtor: false);
        TaskType = DynamicClassFactory.CreateType([new DynamicProperty("key", typeof(string)), new DynamicProperty("stage", typeof(string))], createParameterCtor: false);
    }

    public Type FactsType { get; }

    public Type TaskType { get; }

    public static Type ClrType(FactType type) => type switch
    {
        FactType.Text => typeof(string),
        // Wider than any value the catalogue's ranges allow, so rule arithmetic on whole numbers cannot overflow.
        FactType.Integer => typeof(long),
        FactType.Number => typeof(decimal),
        FactType.Boolean => typeof(bool),
        FactType.Date => typeof(DateTime?),
        FactType.TextList => typeof(List<string>),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown fact type."),
    };

    /// <summary>Builds the inputs and, alongside, the JSON of exactly what the rules see.</summary>
    public (object Facts, object Task, JsonObject Seen) Build(RuleInputs inputs, string ruleSet)
    {
        var facts = (DynamicClass)Activator.CreateInstance(FactsType)!;
        var seen = new KeyValuePair<string, JsonNode?>[_facts.Count];
        for (var i = 0; i < _facts.Count; i++)
        {
            var fact = _facts[i];
            var node = inputs.Facts.TryGetPropertyValue(fact.Key, out var value) ? value : null;
            var converted = Convert(fact, node, ruleSet);
            if (fact.Derived is { } derived && converted is false && Derive(derived, inputs.Facts)) converted = true;
            facts.SetDynamicPropertyValue(fact.Key, converted!);
            seen[i] = new(fact.Key, node is null && _derivationSources.Contains(fact.Key) ? null : Seen(converted));
        }

        // Built in one go, so the object is sized once rather than grown fact by fact.
        var seenFacts = new JsonObject(seen);

        var task = (DynamicClass)Activator.CreateInstance(TaskType)!;
        task.SetDynamicPropertyValue("key", inputs.TaskKey ?? string.Empty);
        task.SetDynamicPropertyValue("stage", inputs.StageKey ?? string.Empty);
        var seenInputs = new JsonObject
        {
            ["facts"] = seenFacts,
            ["task"] = new JsonObject { ["key"] = inputs.TaskKey ?? string.Empty, ["stage"] = inputs.StageKey ?? string.Empty },
        };
        return (facts, task, seenInputs);
    }

    // Typed values: JsonValue.Create of an object looks its type up in the serializer's metadata every time.
    private static JsonNode? Seen(object? converted) => converted switch
    {
        List<string> list => new JsonArray([.. list.Select(s => (JsonNode)s)]),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string text => JsonValue.Create(text),
        long number => JsonValue.Create(number),
        decimal number => JsonValue.Create(number),
        bool flag => JsonValue.Create(flag),
        _ => JsonValue.Create(converted),
    };

    /// <summary>Whether the number the fact follows from is recorded and at most its threshold (a malformed number derives nothing; its own check reports it).</summary>
    private static bool Derive(FactDerivation derived, JsonObject facts) =>
        facts.TryGetPropertyValue(derived.From, out var node) && node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
        && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number <= derived.AtMost;

    private static object? Convert(FactDefinition fact, JsonNode? node, string ruleSet)
    {
        if (node is null)
        {
            return Default(fact.Type);
        }

        if (fact.Range is { } range && !range.Accepts(node))
        {
            throw new RuleSetFaultException(ruleSet, null,
                $"The case fact '{fact.Label}' holds {node.ToJsonString()}, but it must be {range.Describe()}; rule set '{ruleSet}' cannot decide on it.", fact.Key);
        }

        try
        {
            return fact.Type switch
            {
                FactType.Text => node.Deserialize<string>(),
                FactType.Integer => node.Deserialize<long>(),
                FactType.Number => node.Deserialize<decimal>(),
                FactType.Boolean => node.Deserialize<bool>(),
                FactType.Date => DateTime.ParseExact(node.Deserialize<string>()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                FactType.TextList => node.Deserialize<List<string>>(),
                _ => Default(fact.Type),
            };
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or JsonException)
        {
            throw new RuleSetFaultException(ruleSet, null, $"The case fact '{fact.Key}' holds '{node.ToJsonString()}', which is not {fact.Type}; rule set '{ruleSet}' cannot read it.", fact.Key);
        }
    }

    private static object? Default(FactType type) => type switch
    {
        FactType.Text => string.Empty,
        FactType.Integer => 0L,
        FactType.Number => 0m,
        FactType.Boolean => false,
        FactType.TextList => new List<string>(),
        _ => null,
    };
}
