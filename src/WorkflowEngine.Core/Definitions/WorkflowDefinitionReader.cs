using System.Text.Json;
using Json.Schema;
using WorkflowEngine.Core.Validation;
using Codes = WorkflowEngine.Core.Definitions.DefinitionErrorCodes;

namespace WorkflowEngine.Core.Definitions;

/// <summary>
/// Reads and writes workflow files (<c>workflows/*.json</c>, the designer's import and export). Reading
/// checks JSON syntax, then <c>schemas/workflow.schema.json</c>; the references between parts are
/// checked afterwards by <see cref="WorkflowDefinitionValidator"/>.
/// </summary>
public static class WorkflowDefinitionReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads a workflow file, reporting every syntax or schema problem at once.</summary>
    /// <param name="json">The file's text.</param>
    public static DefinitionReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrWhiteSpace(json))
        {
            return Failed(new ValidationError(Codes.JsonSyntax, "$", "The file is empty. A workflow file starts with { and ends with }."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return Failed(SyntaxError(ex));
        }

        using (document)
        {
            if (UnreadableJsonText.Find(document.RootElement) is { } broken)
            {
                return Failed(new ValidationError(Codes.JsonSyntax, broken,
                    "This text holds an escape that is not a real character (half of a \\u pair, such as \\udfff). Retype the text."));
            }

            var schema = WorkflowSchema.Instance;
            EvaluationResults results;
            try
            {
                results = schema.Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            }
            catch (Exception ex) when (ex is FormatException or OverflowException)
            {
                // The schema library cannot compare some numbers (e.g. 9E+48 in a list whose items must differ).
                return Failed(new ValidationError(Codes.JsonShape, "$",
                    "A number in the file is too large to check. Numbers in a workflow are small: days, levels and answer limits."));
            }

            if (!results.IsValid)
            {
                var errors = SchemaErrorTranslator.Translate(results, document.RootElement, schema);
                return new DefinitionReadResult(null, errors.Count > 0 ? errors : [Unexplained(results)]);
            }

            try
            {
                var definition = document.RootElement.Deserialize<WorkflowDefinition>(EngineJson.Options);
                return definition is null
                    ? Failed(new ValidationError(Codes.JsonShape, "$", "The file holds no workflow."))
                    : new DefinitionReadResult(definition, []);
            }
            catch (JsonException ex)
            {
                return Failed(new ValidationError(
                    Codes.JsonShape,
                    ex.Path ?? "$",
                    $"The engine could not read this part of the file: {Reason(ex.Message)}"));
            }
        }
    }

    /// <summary>
    /// Writes a definition as canonical JSON: two-space indentation, LF line ends, properties in the
    /// order the model declares them, settings left at their defaults omitted, and a final newline.
    /// </summary>
    /// <param name="definition">The definition to write.</param>
    public static string Write(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return JsonSerializer.Serialize(definition, CanonicalJson.WriteOptions) + "\n";
    }

    private static DefinitionReadResult Failed(ValidationError error) => new(null, [error]);

    private static ValidationError SyntaxError(JsonException ex)
    {
        var line = (ex.LineNumber ?? 0) + 1;
        var position = (ex.BytePositionInLine ?? 0) + 1;
        return new ValidationError(
            Codes.JsonSyntax,
            "$",
            $"The file is not valid JSON at line {line}, position {position}: {Reason(ex.Message)} Check for a missing comma, quote or bracket just before that point.");
    }

    // System.Text.Json appends " LineNumber: … | BytePositionInLine: …" or " Path: …"; the sentence says where already.
    private static string Reason(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var pathCut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (pathCut >= 0 && (cut < 0 || pathCut < cut))
        {
            cut = pathCut;
        }

        var reason = (cut >= 0 ? message[..cut] : message).Trim();
        return reason.EndsWith('.') ? reason : reason + ".";
    }

    private static ValidationError Unexplained(EvaluationResults results) =>
        new(Codes.SchemaOther, "$", $"The file does not match the workflow schema{(results.Errors is { Count: > 0 } e ? ": " + string.Join("; ", e.Values) : "")}.");
}
