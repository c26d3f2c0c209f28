using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Runtime;

/// <summary>Checks contact facts against the catalogue and merges recorded data into a case's facts.</summary>
internal static class CaseFacts
{
    /// <summary>Every fact of a contact must be in the catalogue and of the catalogue's type.</summary>
    public static IReadOnlyList<ValidationError> Validate(JsonObject facts, ReferenceData reference)
    {
        var errors = new List<ValidationError>();
        foreach (var (key, value) in facts)
        {
            var path = $"$.facts.{key}";
            if (!reference.FactsByKey.TryGetValue(key, out var fact))
            {
                errors.Add(new("facts.unknown", path, $"'{key}' is not a fact the partnership records. Check the spelling against the fact catalogue."));
            }
            else if (value is not null && !HasType(value, fact.Type))
            {
                errors.Add(new("facts.invalid", path, $"'{fact.Label}' must be {Describe(fact.Type)}."));
            }
            else if (value is not null && fact.Range is { } range && !range.Accepts(value))
            {
                errors.Add(new("facts.out-of-range", path, $"'{fact.Label}' must be {range.Describe()}."));
            }
            else if (fact.Type == FactType.Text && TextLimits.Check(value, TextLimits.FormLongText, $"'{fact.Label}'", path) is { } text)
            {
                errors.Add(text);
            }
        }

        return errors;
    }

    /// <summary>
    /// Merges a completed task's data into the case facts: lists accumulate (so measures recorded
    /// by several agencies all count), other values replace the earlier answer.
    /// </summary>
    public static void Merge(JsonObject facts, TaskDefinition task, JsonObject data)
    {
        foreach (var field in task.Form)
        {
            if (!data.TryGetPropertyValue(field.Key, out var value) || value is null)
            {
                continue;
            }

            if (field.Type == FormFieldType.MultiChoice && value is JsonArray added)
            {
                var existing = facts[field.Key] as JsonArray ?? [];
                var merged = existing.Select(n => n!.GetValue<string>())
                    .Concat(added.Select(n => n!.GetValue<string>()))
                    .Distinct(StringComparer.Ordinal)
                    .Select(s => (JsonNode?)JsonValue.Create(s));
                facts[field.Key] = new JsonArray([.. merged]);
            }
            else
            {
                facts[field.Key] = value.DeepClone();
            }
        }
    }

    private static bool HasType(JsonNode value, FactType type)
    {
        var kind = value.GetValueKind();
        return type switch
        {
            FactType.Text => kind == JsonValueKind.String,
            FactType.Integer => kind == JsonValueKind.Number && long.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _),
            FactType.Number => kind == JsonValueKind.Number,
            FactType.Boolean => kind is JsonValueKind.True or JsonValueKind.False,
            FactType.Date => kind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            FactType.TextList => value is JsonArray array && array.All(i => i?.GetValueKind() == JsonValueKind.String),
            _ => false,
        };
    }

    private static string Describe(FactType type) => type switch
    {
        FactType.Text => "text",
        FactType.Integer => "a whole number",
        FactType.Number => "a number",
        FactType.Boolean => "true or false",
        FactType.Date => "a date like 2026-03-27",
        FactType.TextList => "a list of text values",
        _ => type.ToString(),
    };
}
