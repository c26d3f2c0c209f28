using System.Globalization;
using System.Text.Json;
using WorkflowEngine.Core.Validation;
using Codes = WorkflowEngine.Core.Definitions.DefinitionErrorCodes;

namespace WorkflowEngine.Core.Definitions;

/// <summary>The sentences for each schema keyword, and the words for the parts of a workflow file.</summary>
internal static class SchemaMessages
{
    private static readonly Dictionary<string, string> ItemNouns = new(StringComparer.Ordinal)
    {
        ["stages"] = "stage",
        ["tasks"] = "task",
        ["transitions"] = "transition",
        ["outcomes"] = "outcome",
        ["form"] = "form field",
        ["choices"] = "choice",
        ["escalation"] = "escalation rung",
    };

    private static readonly Dictionary<string, string> ObjectNouns = new(StringComparer.Ordinal)
    {
        ["owner"] = "task owner",
        ["due"] = "due time",
        ["after"] = "waiting time",
        ["decision"] = "stage decision",
        ["target"] = "escalation target",
    };

    /// <summary>The errors one failed keyword stands for.</summary>
    public static IEnumerable<ValidationError> Explain(SchemaFailure failure)
    {
        if (failure.EvaluationPath.EndsWith("/additionalProperties", StringComparison.Ordinal))
        {
            var parent = failure.Segments.Take(failure.Segments.Count - 1).ToList();
            var noun = Noun(parent);
            yield return new ValidationError(
                Codes.SchemaUnknownSetting,
                failure.Path,
                $"'{failure.Segments[^1]}' is not a setting {Article(noun)} {noun} can have. Check the spelling.");
            yield break;
        }

        switch (failure.Keyword)
        {
            case "required":
                foreach (var error in Required(failure))
                {
                    yield return error;
                }

                break;
            case "type":
                yield return new ValidationError(
                    Codes.SchemaType,
                    failure.Path,
                    $"{Capitalise(Name(failure.Segments))} should be {ExpectedType(failure)}, but it is {ActualType(failure.Value)}.");
                break;
            case "pattern":
                yield return Pattern(failure);
                break;
            case "enum":
                yield return Enum(failure);
                break;
            case "minimum":
                yield return new ValidationError(
                    Codes.SchemaRange,
                    failure.Path,
                    $"{Capitalise(Name(failure.Segments))} cannot be less than {Limit(failure)}.");
                break;
            case "maximum":
                yield return new ValidationError(
                    Codes.SchemaRange,
                    failure.Path,
                    $"{Capitalise(Name(failure.Segments))} cannot be more than {Limit(failure)}.");
                break;
            case "minItems":
                var owner = Noun(failure.Segments.Take(failure.Segments.Count - 1).ToList());
                yield return new ValidationError(
                    Codes.SchemaEmptyList,
                    failure.Path,
                    $"The {owner} needs at least one entry in '{failure.Segments[^1]}'.");
                break;
            case "minLength":
                yield return new ValidationError(
                    Codes.SchemaEmptyText,
                    failure.Path,
                    $"{Capitalise(Name(failure.Segments))} cannot be empty. Write some text.");
                break;
            case "maxLength":
                yield return new ValidationError(
                    Validation.TextLimits.TooLongCode,
                    failure.Path,
                    $"{Capitalise(Name(failure.Segments))} is too long: at most {Limit(failure)} characters are allowed. Shorten it.");
                break;
            default:
                yield return new ValidationError(
                    Codes.SchemaOther,
                    failure.Path,
                    $"{Capitalise(Name(failure.Segments))} is not allowed as written: {failure.LibraryMessage}.");
                break;
        }
    }

    /// <summary>What a lead calls the object at the location, e.g. "task" or "due time".</summary>
    public static string Noun(IReadOnlyList<string> segments)
    {
        if (segments.Count == 0)
        {
            return "workflow";
        }

        var last = segments[^1];
        if (int.TryParse(last, out _) && segments.Count > 1)
        {
            return ItemNouns.GetValueOrDefault(segments[^2], "entry");
        }

        return ObjectNouns.GetValueOrDefault(last, $"'{last}' setting");
    }

    /// <summary>'a', 'b' or 'c'.</summary>
    public static string JoinOr(IReadOnlyList<string> names)
    {
        var quoted = names.Select(n => $"'{n}'").ToList();
        return quoted.Count <= 1
            ? string.Concat(quoted)
            : $"{string.Join(", ", quoted.Take(quoted.Count - 1))} or {quoted[^1]}";
    }

    private static IEnumerable<ValidationError> Required(SchemaFailure failure)
    {
        var noun = Noun(failure.Segments);
        var present = failure.Value is { ValueKind: JsonValueKind.Object } value
            ? value.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal)
            : [];
        var required = failure.KeywordOwner?.GetProperty("required").EnumerateArray()
            .Select(r => r.GetString() ?? "") ?? [];
        foreach (var missing in required.Where(r => !present.Contains(r)))
        {
            yield return new ValidationError(
                Codes.SchemaRequired,
                failure.Path,
                $"The {noun} needs {Article(missing)} '{missing}'.");
        }
    }

    private static ValidationError Pattern(SchemaFailure failure)
    {
        var text = failure.Value?.GetString() ?? "";
        var pattern = failure.KeywordOwner?.GetProperty("pattern").GetString();
        var message = pattern switch
        {
            KeyFormats.KebabPattern =>
                $"'{text}' is not a valid key: use lower-case words joined by hyphens, like '{KeyFormats.SuggestKebab(text) ?? "front-door"}'.",
            KeyFormats.CamelPattern =>
                $"'{text}' is not a valid name: use letters and digits only, starting with a lower-case letter and with a capital for each new word, like '{KeyFormats.SuggestCamel(text) ?? "riskLevel"}'.",
            _ => $"'{text}' is not written the way {Name(failure.Segments)} must be.",
        };
        return new ValidationError(Codes.SchemaPattern, failure.Path, message);
    }

    private static ValidationError Enum(SchemaFailure failure)
    {
        var allowed = failure.KeywordOwner?.GetProperty("enum").EnumerateArray().Select(v => v.ToString()).ToList() ?? [];
        var value = failure.Value is { ValueKind: JsonValueKind.String } text ? text.GetString() : failure.Value?.GetRawText();
        var setting = int.TryParse(failure.Segments[^1], out _) && failure.Segments.Count > 1
            ? failure.Segments[^2]
            : failure.Segments[^1];
        return new ValidationError(
            Codes.SchemaEnum,
            failure.Path,
            $"'{value}' is not a valid value for '{setting}'. Use one of: {string.Join(", ", allowed)}.");
    }

    // 'workingDays', entry 2 of 'stages', or the workflow.
    private static string Name(IReadOnlyList<string> segments)
    {
        if (segments.Count == 0)
        {
            return "the workflow";
        }

        if (int.TryParse(segments[^1], out var index) && segments.Count > 1)
        {
            return $"entry {index + 1} of '{segments[^2]}'";
        }

        return $"'{segments[^1]}'";
    }

    private static string ExpectedType(SchemaFailure failure)
    {
        if (failure.KeywordOwner?.GetProperty("type") is not { } type)
        {
            return "something else";
        }

        var names = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString() ?? "").ToList()
            : [type.GetString() ?? ""];
        return string.Join(" or ", names.Select(TypeWords));
    }

    private static string TypeWords(string schemaType) => schemaType switch
    {
        "string" => "text",
        "integer" => "a whole number",
        "number" => "a number",
        "boolean" => "true or false",
        "array" => "a list in [ ]",
        "object" => "a group of settings in { }",
        "null" => "null",
        _ => schemaType,
    };

    private static string ActualType(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.String => "text",
        JsonValueKind.Number when value.Value.TryGetInt64(out _) => "a whole number",
        JsonValueKind.Number => "a number with a fraction",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "a group of settings",
        JsonValueKind.Null => "null",
        _ => "missing",
    };

    private static string Limit(SchemaFailure failure) =>
        failure.KeywordOwner?.GetProperty(failure.Keyword).GetRawText() ?? "the limit";

    private static string Article(string word) =>
        word.Length > 0 && "aeiouAEIOU".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

    private static string Capitalise(string text) =>
        text.Length > 0 && char.IsLower(text[0])
            ? char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..]
            : text;
}
