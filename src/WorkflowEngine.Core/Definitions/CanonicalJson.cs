using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace WorkflowEngine.Core.Definitions;

/// <summary>
/// The writing side of the workflow format: <see cref="EngineJson.Options"/> with LF line ends and
/// settings left at their defaults omitted, so files stay short and diffs between versions show
/// only what an author changed.
/// </summary>
internal static class CanonicalJson
{
    /// <summary>Options for writing workflow files.</summary>
    public static JsonSerializerOptions WriteOptions { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(EngineJson.Options)
        {
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
        };
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
            .WithAddedModifier(OmitDefaults);
        options.MakeReadOnly();
        return options;
    }

    private static void OmitDefaults(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties.Where(p => !p.IsRequired))
        {
            var type = property.PropertyType;
            if (type == typeof(bool))
            {
                property.ShouldSerialize = static (_, value) => value is true;
            }
            else if (type.IsEnum)
            {
                // Every optional enum in the model defaults to its first member (taskCreated, allTasksDone).
                property.ShouldSerialize = static (_, value) => value is not null && Convert.ToInt32(value, null) != 0;
            }
            else if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && !DefaultsToNonEmpty(info.Type, property))
            {
                property.ShouldSerialize = static (_, value) => value is IEnumerable items && items.GetEnumerator().MoveNext();
            }
        }
    }

    // An empty list here means something different from the default, so it must be written.
    private static bool DefaultsToNonEmpty(Type owner, JsonPropertyInfo property) =>
        owner == typeof(EscalationRung) && property.Name == "actions";
}
