using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Reference;

/// <summary>
/// Checks facts against the catalogue: every fact must be one the partnership records, and of its
/// type, within its range (numbers) or length (text). The one check behind a contact's facts, the test bench's sample facts and rule-set examples.
/// </summary>
public static class FactValueCheck
{
    /// <summary>Every fact not in the catalogue, not of its type or outside its range or length, each named by <paramref name="basePath"/> and its key.</summary>
    /// <param name="facts">The facts, keyed by the catalogue.</param>
    /// <param name="reference">The partnership's fact catalogue.</param>
    /// <param name="basePath">Where the facts sit, e.g. <c>$.facts</c>.</param>
    public static IReadOnlyList<ValidationError> Validate(JsonObject facts, ReferenceData reference, string basePath = "$.facts")
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(reference);
        var errors = new List<ValidationError>();
        foreach (var (key, value) in facts)
        {
            var path = $"{basePath}.{key}";
            if (!reference.FactsByKey.TryGetValue(key, out var fact))
            {
                errors.Add(new("facts.unknown", path, $"'{key}' is not a fact the partnership records. Check the spelling against the fact catalogue."));
            }
            else if (value is not null && !HasType(value, fact.Type))
            {
                errors.Add(new("facts.invalid", path, $"'{fact.Label}' must be {Describe(fact.Type)}."));
            }
            else if (value is not null && !Readable(value))
            {
                errors.Add(new(TextLimits.UnreadableCode, path, $"'{fact.Label}' holds an escape that is not a real character (half of a \\u pair). Retype the text."));
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

    // Text the JSON parser let through but that cannot be read as text (a lone surrogate such as \udfff).
    private static bool Readable(JsonNode value)
    {
        try
        {
            _ = value.ToJsonString();
            foreach (var text in value is JsonArray list ? list.OfType<JsonValue>() : value is JsonValue single ? [single] : [])
            {
                if (text.GetValueKind() == JsonValueKind.String)
                {
                    _ = text.GetValue<string>();
                }
            }

            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Whether a JSON value is of a fact type.</summary>
    public static bool HasType(JsonNode value, FactType type)
    {
        ArgumentNullException.ThrowIfNull(value);
        var kind = value.GetValueKind();
        return type switch
        {
            FactType.Text => kind == JsonValueKind.String,
            FactType.Integer => kind == JsonValueKind.Number && long.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            FactType.Number => kind == JsonValueKind.Number,
            FactType.Boolean => kind is JsonValueKind.True or JsonValueKind.False,
            FactType.Date => kind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            FactType.TextList => value is JsonArray array && array.All(i => i?.GetValueKind() == JsonValueKind.String),
            _ => false,
        };
    }

    /// <summary>A fact type in words, e.g. "a whole number".</summary>
    public static string Describe(FactType type) => type switch
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
