using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Tasks;

/// <summary>Checks the outcome and data a practitioner submits against the task's definition.</summary>
internal sealed class FormDataValidator(ReferenceData reference)
{
    public IReadOnlyList<ValidationError> Validate(TaskDefinition task, string? outcome, JsonObject data)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(outcome))
        {
            errors.Add(new("outcome.required", "$.outcome", $"Choose an outcome for '{task.Title}'."));
        }
        else if (task.Outcomes.All(o => o.Key != outcome))
        {
            var allowed = string.Join(", ", task.Outcomes.Select(o => $"'{o.Key}' ({o.Label})"));
            errors.Add(new("outcome.unknown", "$.outcome", $"'{outcome}' is not an outcome of '{task.Title}'. Choose one of: {allowed}."));
        }

        var fields = task.Form.ToDictionary(f => f.Key, StringComparer.Ordinal);
        foreach (var (key, _) in data)
        {
            if (!fields.ContainsKey(key))
            {
                errors.Add(new("form.unknown-field", $"$.data.{key}", $"'{key}' is not a question on '{task.Title}'."));
            }
        }

        foreach (var field in task.Form)
        {
            var value = data.TryGetPropertyValue(field.Key, out var node) ? node : null;
            var path = $"$.data.{field.Key}";
            if (IsEmpty(value))
            {
                if (field.Required)
                {
                    errors.Add(new("form.required", path, $"Answer '{field.Label}'."));
                }
                else if (field.IsRequiredFor(outcome))
                {
                    var label = task.Outcomes.FirstOrDefault(o => o.Key == outcome)?.Label ?? outcome;
                    errors.Add(new("form.required", path, $"Answer '{field.Label}': it is needed when the outcome is '{label}'."));
                }

                continue;
            }

            var problem = CheckType(field, value!);
            if (problem is not null)
            {
                errors.Add(new("form.invalid", path, $"'{field.Label}': {problem}"));
            }
            else if (CheckLimits(field, value!, path) is { } limit)
            {
                errors.Add(limit);
            }
        }

        return errors;
    }

    private static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => string.IsNullOrWhiteSpace(v.GetValue<string>()),
        _ => false,
    };

    private string? CheckType(FormField field, JsonNode value)
    {
        var kind = value.GetValueKind();
        switch (field.Type)
        {
            case FormFieldType.Text or FormFieldType.LongText:
                return kind == JsonValueKind.String ? null : "enter text.";
            case FormFieldType.Integer:
                return kind == JsonValueKind.Number && long.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _) ? null : "enter a whole number.";
            case FormFieldType.Number:
                return kind == JsonValueKind.Number ? null : "enter a number.";
            case FormFieldType.Boolean:
                return kind is JsonValueKind.True or JsonValueKind.False ? null : "answer yes or no.";
            case FormFieldType.Date:
                return kind == JsonValueKind.String && DateOnly.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? null : "enter a real date, like 2026-03-27.";
            case FormFieldType.DateTime:
                return kind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? null : "enter a real date and time, like 2026-03-27T14:30:00Z.";
            case FormFieldType.Choice:
                return kind == JsonValueKind.String ? CheckChoices(field, [value.GetValue<string>()]) : "choose one of the options.";
            case FormFieldType.MultiChoice:
                if (value is not JsonArray array || array.Any(i => i?.GetValueKind() != JsonValueKind.String))
                {
                    return "choose from the options.";
                }

                return CheckChoices(field, array.Select(i => i!.GetValue<string>()).ToList());
            default:
                return null;
        }
    }

    // Numbers within the field's range (and the fact's, when the answer becomes a catalogue fact); text within its length.
    private ValidationError? CheckLimits(FormField field, JsonNode value, string path)
    {
        var ranges = new[]
        {
            field.Minimum is { } min && field.Maximum is { } max ? new NumberRange(min, max, field.Type == FormFieldType.Integer) : null,
            reference.FactsByKey.GetValueOrDefault(field.Key)?.Range,
        };
        foreach (var range in ranges)
        {
            if (field.Type is FormFieldType.Integer or FormFieldType.Number && range is not null && !range.Accepts(value))
            {
                return new("form.out-of-range", path, $"'{field.Label}': enter {range.Describe()}.");
            }
        }

        return field.AnswerLimit() is { } limit ? TextLimits.Check(value, limit, $"'{field.Label}'", path) : null;
    }

    private string? CheckChoices(FormField field, IReadOnlyList<string> chosen)
    {
        var allowed = field.ChoiceList is null
            ? field.Choices.Select(c => c.Value).ToHashSet(StringComparer.Ordinal)
            : (reference.GetChoiceList(field.ChoiceList) ?? []).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var unknown = chosen.Where(c => !allowed.Contains(c)).ToList();
        return unknown.Count == 0 ? null : $"'{string.Join("', '", unknown)}' is not one of the options.";
    }
}
