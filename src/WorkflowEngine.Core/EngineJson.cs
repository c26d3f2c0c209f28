using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowEngine.Core;

/// <summary>The JSON conventions of every engine file format: camelCase names and camelCase enum strings.</summary>
public static class EngineJson
{
    /// <summary>Options for reading and writing definitions, rule inputs, reference data and journal data.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            WriteIndented = true,
            RespectRequiredConstructorParameters = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
