using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace WorkflowEngine.Web.Api;

/// <summary>
/// Reads the free-form objects of a request (facts, task answers) refusing a key given twice at any
/// depth, as the typed fields are refused by <see cref="JsonSerializerOptions.AllowDuplicateProperties"/>.
/// A <see cref="JsonObject"/> otherwise keeps both and fails (500) when it is first read.
/// </summary>
internal sealed class StrictJsonObjectConverter : JsonConverter<JsonObject>
{
    public override JsonObject? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The JSON value could not be converted to an object.");
        }

        RefuseDuplicates(document.RootElement);
        return JsonObject.Create(document.RootElement.Clone());
    }

    public override void Write(Utf8JsonWriter writer, JsonObject value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        value.WriteTo(writer, options);
    }

    private static void RefuseDuplicates(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                if (!seen.Add(property.Name))
                {
                    throw new JsonException($"Duplicate property '{property.Name}'.");
                }

                RefuseDuplicates(property.Value);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                RefuseDuplicates(item);
            }
        }
    }
}
