using System.Text.Json.Nodes;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Runtime;

/// <summary>Checks contact facts against the catalogue and merges recorded data into a case's facts.</summary>
internal static class CaseFacts
{
    /// <summary>Every fact of a contact must be in the catalogue and of the catalogue's type.</summary>
    public static IReadOnlyList<ValidationError> Validate(JsonObject facts, ReferenceData reference) => FactValueCheck.Validate(facts, reference);

    /// <summary>
    /// Merges a completed task's data into the case facts: lists accumulate (so measures recorded
    /// by several agencies all count), other values replace the earlier answer.
    /// </summary>
    public static void Merge(JsonObject facts, TaskDefinition task, JsonObject data)
    {
        foreach (var field in task.Form)
        {
            if (!data.TryGetPropertyValue(field.Key, out var value) || value is null)
            {
                continue;
            }

            if (field.Type == FormFieldType.MultiChoice && value is JsonArray added)
            {
                var existing = facts[field.Key] as JsonArray ?? [];
                var merged = existing.Select(n => n!.GetValue<string>())
                    .Concat(added.Select(n => n!.GetValue<string>()))
                    .Distinct(StringComparer.Ordinal)
                    .Select(s => (JsonNode?)JsonValue.Create(s));
                facts[field.Key] = new JsonArray([.. merged]);
            }
            else
            {
                facts[field.Key] = value.DeepClone();
            }
        }
    }
}
