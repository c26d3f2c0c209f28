using System.Text.Json;

namespace WorkflowEngine.Core.Validation;

/// <summary>
/// Finds text a JSON document holds but that is not real text: an escape such as <c>\udfff</c>
/// naming half of a character. The parser lets it through; reading it later throws, so a document
/// is checked for it before anything reads its strings.
/// </summary>
public static class UnreadableJsonText
{
    /// <summary>The path of the first name or value that cannot be read as text, or null when all can.</summary>
    /// <param name="element">The document's root.</param>
    public static string? Find(JsonElement element) => Find(element, "$");

    private static string? Find(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!Readable(() => property.Name))
                    {
                        return path;
                    }

                    if (Find(property.Value, $"{path}.{property.Name}") is { } inside)
                    {
                        return inside;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, $"{path}[{index++}]") is { } inside)
                    {
                        return inside;
                    }
                }

                return null;
            case JsonValueKind.String:
                return Readable(element.GetString) ? null : path;
            default:
                return null;
        }
    }

    private static bool Readable(Func<string?> read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
