using System.Text.Json;
using Json.Schema;

namespace WorkflowEngine.Core.Definitions;

/// <summary>
/// The embedded <c>schemas/workflow.schema.json</c>, built once, together with its raw JSON so that
/// error messages can quote the allowed values, patterns and required settings.
/// </summary>
internal sealed class WorkflowSchema
{
    /// <summary>Logical name of the embedded schema resource.</summary>
    public const string ResourceName = "WorkflowEngine.Schemas.workflow.schema.json";

    private static readonly Lazy<WorkflowSchema> Shared = new(Load);

    private WorkflowSchema(JsonSchema schema, JsonElement document)
    {
        Schema = schema;
        Document = document;
    }

    /// <summary>The schema every workflow file is checked against.</summary>
    public static WorkflowSchema Instance => Shared.Value;

    /// <summary>The built schema.</summary>
    public JsonSchema Schema { get; }

    /// <summary>The schema's own JSON.</summary>
    public JsonElement Document { get; }

    /// <summary>The schema text as embedded.</summary>
    public static string ReadText()
    {
        using var stream = typeof(WorkflowSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The schema object at a schema location (<c>…#/$defs/key</c>) that carries <paramref name="keyword"/>.
    /// Walks as deep as the location resolves and then back up, because the library sometimes appends
    /// an instance name to the location of an <c>items</c> or <c>additionalProperties</c> subschema.
    /// </summary>
    public JsonElement? FindKeywordOwner(Uri schemaLocation, string keyword)
    {
        var chain = new List<JsonElement> { Document };
        foreach (var segment in JsonPointerPath.Segments(schemaLocation.Fragment))
        {
            var next = JsonPointerPath.Resolve(chain[^1], [segment]);
            if (next is null)
            {
                break;
            }

            chain.Add(next.Value);
        }

        for (var i = chain.Count - 1; i >= 0; i--)
        {
            if (chain[i].ValueKind == JsonValueKind.Object && chain[i].TryGetProperty(keyword, out _))
            {
                return chain[i];
            }
        }

        return null;
    }

    private static WorkflowSchema Load()
    {
        var text = ReadText();
        // A registry of our own, so building this schema never clashes with anyone else's use of the global one.
        var schema = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(text);
        return new WorkflowSchema(schema, document.RootElement.Clone());
    }
}
