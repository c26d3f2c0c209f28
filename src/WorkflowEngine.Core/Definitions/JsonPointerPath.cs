using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace WorkflowEngine.Core.Definitions;

/// <summary>
/// Turns a JSON Pointer (<c>/stages/1/tasks/0</c>) into the JSON path people read in error lists
/// (<c>$.stages[1].tasks[0]</c>), and walks a document along one.
/// </summary>
internal static partial class JsonPointerPath
{
    /// <summary>The pointer's unescaped segments.</summary>
    public static IReadOnlyList<string> Segments(string pointer)
    {
        var text = pointer.StartsWith('#') ? Uri.UnescapeDataString(pointer[1..]) : pointer;
        if (text.Length == 0)
        {
            return [];
        }

        return text.TrimStart('/').Split('/').Select(s => s.Replace("~1", "/").Replace("~0", "~")).ToList();
    }

    /// <summary>
    /// The JSON path of a location in <paramref name="root"/>: array positions in brackets, other
    /// names after a dot, or quoted in brackets when they are not plain identifiers.
    /// </summary>
    public static string ToJsonPath(IReadOnlyList<string> segments, JsonElement root)
    {
        var path = new StringBuilder("$");
        JsonElement? current = root;
        foreach (var segment in segments)
        {
            if (current is { ValueKind: JsonValueKind.Array } array && int.TryParse(segment, out var index))
            {
                path.Append('[').Append(index).Append(']');
                current = index < array.GetArrayLength() ? array[index] : null;
                continue;
            }

            path.Append(PlainName().IsMatch(segment) ? $".{segment}" : $"['{segment.Replace("'", "\\'")}']");
            current = current is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(segment, out var child)
                ? child
                : null;
        }

        return path.ToString();
    }

    /// <summary>The element at the segments, or null when the document has nothing there.</summary>
    public static JsonElement? Resolve(JsonElement root, IEnumerable<string> segments)
    {
        var current = root;
        foreach (var segment in segments)
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var index)
                && index >= 0 && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainName();
}
