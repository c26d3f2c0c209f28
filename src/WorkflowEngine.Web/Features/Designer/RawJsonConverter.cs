using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace WorkflowEngine.Web.Features.Designer;

/// <summary>Writes <see cref="RawJson"/> verbatim when it is strict JSON; a file with comments or trailing commas is written without them.</summary>
public sealed class RawJsonConverter : JsonConverter<RawJson>
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <inheritdoc />
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new RawJson(document.RootElement.GetRawText());
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (IsStrict(value.Text))
        {
            writer.WriteRawValue(value.Text, skipInputValidation: true);
            return;
        }

        JsonNode.Parse(value.Text, documentOptions: Lenient)!.WriteTo(writer, options);
    }

    private static bool IsStrict(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
