using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowEngine.Web.Problems;

/// <summary>
/// Translates MVC's names for the parts of a request body (<c>Child.Name</c>) into JSON paths
/// (<c>$.child.name</c>), finds the .NET type a JSON path leads to, and says in words what a value
/// of that type looks like, so binding errors can speak the client's language, not .NET's.
/// </summary>
internal static class RequestPaths
{
    /// <summary>A model-state key of the body as a JSON path; the body parameter's own name is the whole body.</summary>
    public static string ToJsonPath(string key, string? bodyParameter)
    {
        if (key.StartsWith('$'))
        {
            return key;
        }

        if (bodyParameter is not null && (key == bodyParameter || key.Length == 0))
        {
            return "$";
        }

        if (bodyParameter is not null && key.StartsWith(bodyParameter + ".", StringComparison.Ordinal))
        {
            key = key[(bodyParameter.Length + 1)..];
        }

        var path = new StringBuilder("$");
        foreach (var segment in key.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            path.Append('.').Append(JsonNamingPolicy.CamelCase.ConvertName(name));
            if (bracket >= 0)
            {
                path.Append(segment[bracket..]);
            }
        }

        return path.ToString();
    }

    /// <summary>The property a JSON path names within the body type, if any.</summary>
    public static PropertyInfo? PropertyAt(Type body, string jsonPath)
    {
        PropertyInfo? found = null;
        var type = body;
        foreach (var name in Segments(jsonPath))
        {
            found = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (found is null)
            {
                return null;
            }

            type = ElementOf(Nullable.GetUnderlyingType(found.PropertyType) ?? found.PropertyType);
        }

        return found;
    }

    /// <summary>The type a JSON path leads to within the body type (the body type itself for <c>$</c>).</summary>
    public static Type? TypeAt(Type body, string jsonPath) =>
        jsonPath == "$" ? body : PropertyAt(body, jsonPath)?.PropertyType;

    /// <summary>What a value of the type looks like, in words.</summary>
    public static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(string) => "text in quotes",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(decimal) || type == typeof(double) => "a number",
            _ when type == typeof(DateOnly) => "a date written as year-month-day, for example \"2026-03-31\"",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "a date and time, for example \"2026-03-31T09:00:00Z\"",
            _ when type == typeof(Guid) => "an identifier such as \"0f8fad5b-d9cb-469f-a165-70867728950e\"",
            _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type).Select(n => "\"" + JsonNamingPolicy.CamelCase.ConvertName(n) + "\"")),
            _ when type == typeof(JsonArray) || (type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && type != typeof(JsonObject)) => "a list in square brackets",
            _ => "an object in curly brackets",
        };
    }

    private static IEnumerable<string> Segments(string jsonPath) =>
        jsonPath.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.IndexOf('[', StringComparison.Ordinal) is var i and >= 0 ? s[..i] : s)
            .Where(s => s.Length > 0);

    private static Type ElementOf(Type type) =>
        type != typeof(string) && type.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(type)
            ? type.GetGenericArguments()[0]
            : type;
}
