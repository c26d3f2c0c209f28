using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using WorkflowEngine.Core.Validation;
using Codes = WorkflowEngine.Core.Definitions.DefinitionErrorCodes;

namespace WorkflowEngine.Core.Definitions;

/// <summary>
/// Turns JsonSchema.Net's list output into sentences a safeguarding lead can act on. The library's
/// own messages are for programmers, so each keyword is re-phrased from the schema and the file.
/// </summary>
internal static partial class SchemaErrorTranslator
{
    /// <summary>Every problem the evaluation found, each once.</summary>
    public static IReadOnlyList<ValidationError> Translate(EvaluationResults results, JsonElement instance, WorkflowSchema schema)
    {
        var errors = new List<ValidationError>();
        var oneOfBranches = new List<(string Group, string Instance, bool Valid, Uri? Location)>();
        foreach (var node in results.Details ?? [])
        {
            var evaluationPath = node.EvaluationPath.ToString();
            var branch = OneOfBranch().Match(evaluationPath);
            if (branch.Success)
            {
                oneOfBranches.Add((branch.Groups["group"].Value, node.InstanceLocation.ToString(), node.IsValid, node.SchemaLocation));
                continue;
            }

            // Failures nested inside a oneOf branch are summarised by one oneOf message below.
            if (node.Errors is null || evaluationPath.Contains("/oneOf/", StringComparison.Ordinal))
            {
                continue;
            }

            var segments = JsonPointerPath.Segments(node.InstanceLocation.ToString());
            foreach (var (keyword, libraryMessage) in node.Errors)
            {
                var context = new SchemaFailure(keyword, libraryMessage, evaluationPath, node.SchemaLocation, segments, instance, schema);
                errors.AddRange(SchemaMessages.Explain(context));
            }
        }

        foreach (var group in oneOfBranches.GroupBy(b => (b.Group, b.Instance)))
        {
            if (group.Count(b => b.Valid) == 1)
            {
                continue;
            }

            var segments = JsonPointerPath.Segments(group.Key.Instance);
            if (JsonPointerPath.Resolve(instance, segments) is not { ValueKind: JsonValueKind.Object })
            {
                continue; // The type error already says what is wrong.
            }

            var location = group.Select(b => b.Location).FirstOrDefault(l => l is not null);
            var choices = location is null ? [] : OneOfChoices(schema, location);
            errors.Add(new ValidationError(
                Codes.SchemaOneOf,
                JsonPointerPath.ToJsonPath(segments, instance),
                $"The {SchemaMessages.Noun(segments)} needs exactly one of {SchemaMessages.JoinOr(choices)}."));
        }

        return errors.Distinct().ToList();
    }

    // The settings named by each branch's "required", e.g. 'agency', 'ruleSet', 'forEachAgencyIn'.
    private static List<string> OneOfChoices(WorkflowSchema schema, Uri branchLocation)
    {
        if (schema.FindKeywordOwner(branchLocation, "oneOf") is not { } owner)
        {
            return [];
        }

        return owner.GetProperty("oneOf").EnumerateArray()
            .Where(b => b.ValueKind == JsonValueKind.Object && b.TryGetProperty("required", out _))
            .SelectMany(b => b.GetProperty("required").EnumerateArray().Select(r => r.GetString() ?? ""))
            .ToList();
    }

    [GeneratedRegex("^(?<group>.*)/oneOf/\\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex OneOfBranch();
}
