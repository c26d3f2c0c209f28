using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Calendars;

/// <summary>
/// Reads fields from one reference file, recording a plain-English error (naming the file and the field)
/// for each one that is missing or malformed, so every problem is reported at once.
/// </summary>
internal sealed partial class JsonFieldReader(string file, string kind, List<ValidationError> errors)
{
    private readonly int _errorsBefore = errors.Count;

    /// <summary>The file, relative to the reference folder, e.g. <c>calendars/england-and-wales.json</c>.</summary>
    public string File { get; } = file;

    public bool HasErrors => errors.Count > _errorsBefore;

    public void Error(string code, string path, string message) =>
        errors.Add(new ValidationError($"{kind}.{code}", path, message));

    /// <summary>The field as a person reads it: the JSON path without its leading <c>$.</c>.</summary>
    public static string Field(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    public static string Child(string path, string name) => $"{path}.{name}";

    public void RejectUnknownFields(JsonElement obj, string path, params string[] known)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (property.Name != "$schema" && !known.Contains(property.Name, StringComparer.Ordinal))
            {
                var childPath = Child(path, property.Name);
                Error("unknown-field", childPath, $"In {File}, '{Field(childPath)}' is not a field of a {kind} file. Remove it or correct its spelling.");
            }
        }
    }

    public JsonElement? Property(JsonElement obj, string path, string name, JsonValueKind expected, string expectedText, bool required = true)
    {
        var childPath = Child(path, name);
        if (!obj.TryGetProperty(name, out var value))
        {
            if (required)
            {
                Error("missing-field", childPath, $"{File} is missing '{Field(childPath)}'. Add it.");
            }

            return null;
        }

        if (value.ValueKind != expected)
        {
            Error("wrong-type", childPath, $"In {File}, '{Field(childPath)}' must be {expectedText}.");
            return null;
        }

        return value;
    }

    public string? Text(JsonElement obj, string path, string name)
    {
        if (Property(obj, path, name, JsonValueKind.String, "text in quotes") is not { } value)
        {
            return null;
        }

        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            Error("empty-field", Child(path, name), $"In {File}, '{Field(Child(path, name))}' is empty. Fill it in.");
            return null;
        }

        return text;
    }

    public string? Key(JsonElement obj)
    {
        var key = Text(obj, "$", "key");
        if (key is not null && !KeyPattern().IsMatch(key))
        {
            Error("invalid-key", "$.key", $"In {File}, the key '{key}' may use only lower-case letters, digits and single hyphens, for example england-and-wales.");
            return null;
        }

        return key;
    }

    public int? Integer(JsonElement obj, string path, string name)
    {
        if (Property(obj, path, name, JsonValueKind.Number, "a whole number") is not { } value)
        {
            return null;
        }

        if (!value.TryGetInt32(out var number))
        {
            Error("wrong-type", Child(path, name), $"In {File}, '{Field(Child(path, name))}' must be a whole number.");
            return null;
        }

        return number;
    }

    public IReadOnlyList<(JsonElement Item, string Path)> Items(JsonElement obj, string path, string name, bool required)
    {
        if (Property(obj, path, name, JsonValueKind.Array, "a list in square brackets", required) is not { } value)
        {
            return [];
        }

        var childPath = Child(path, name);
        return value.EnumerateArray().Select((item, index) => (item, $"{childPath}[{index}]")).ToList();
    }

    public DateOnly? DateField(JsonElement obj, string path, string name) =>
        Property(obj, path, name, JsonValueKind.String, "a date in quotes, like \"2026-12-25\"") is { } value
            ? Date(value, Child(path, name))
            : null;

    public DateOnly? Date(JsonElement value, string path)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        if (value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error("invalid-date", path, $"In {File}, '{Field(path)}' is '{text}', which is not a real date. Write dates as YYYY-MM-DD, for example 2026-12-25.");
        return null;
    }

    public TimeOnly? TimeField(JsonElement obj, string path, string name)
    {
        if (Property(obj, path, name, JsonValueKind.String, "a time in quotes, like \"17:00\"") is not { } value)
        {
            return null;
        }

        var text = value.GetString();
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        var childPath = Child(path, name);
        Error("invalid-time", childPath, $"In {File}, '{Field(childPath)}' is '{text}', which is not a time of day. Write it as 24-hour HH:mm, for example 17:00.");
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
