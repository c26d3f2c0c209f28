using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Core;

namespace WorkflowEngine.Persistence.Storage;

/// <summary>How JSON columns are written and read: the engine's conventions, without indentation.</summary>
internal static class StoredJson
{
    private static readonly JsonSerializerOptions Options = new(EngineJson.Options) { WriteIndented = false };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException($"A stored {typeof(T).Name} column holds JSON null.");

    public static string Write(JsonObject value) => value.ToJsonString();

    public static JsonObject ReadObject(string json) =>
        JsonNode.Parse(json) as JsonObject
        ?? throw new InvalidOperationException("A stored JSON column does not hold a JSON object.");
}
