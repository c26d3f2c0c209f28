using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Web.Api.RuleSets;

/// <summary>Checks the test bench's sample facts against the catalogue, so a wrong one is named by its path.</summary>
internal static class SampleFacts
{
    public static IReadOnlyList<ValidationError> Check(JsonObject facts, ReferenceData reference)
    {
        var errors = new List<ValidationError>();
        foreach (var (key, value) in facts)
        {
            var path = $"$.facts.{key}";
            if (!reference.FactsByKey.TryGetValue(key, out var fact))
            {
                errors.Add(new("facts.unknown", path, $"'{key}' is not a fact the partnership records. Check the spelling against the fact catalogue."));
            }
            else if (value is not null && !Fits(value, fact.Type))
            {
                errors.Add(new("facts.invalid", path, $"'{fact.Label}' must be of type {fact.Type}."));
            }
            else if (value is not null && fact.Range is { } range && !range.Accepts(value))
            {
                errors.Add(new("facts.out-of-range", path, $"'{fact.Label}' must be {range.Describe()}."));
            }
        }

        return errors;
    }

    private static bool Fits(JsonNode value, FactType type)
    {
        var kind = value.GetValueKind();
        return type switch
        {
            FactType.Text => kind == JsonValueKind.String,
            FactType.Integer => kind == JsonValueKind.Number && long.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            FactType.Number => kind == JsonValueKind.Number,
            FactType.Boolean => kind is JsonValueKind.True or JsonValueKind.False,
            FactType.Date => kind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            FactType.TextList => value is JsonArray list && list.All(i => i?.GetValueKind() == JsonValueKind.String),
            _ => false,
        };
    }
}
