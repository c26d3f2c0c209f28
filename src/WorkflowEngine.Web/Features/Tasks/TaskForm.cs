using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Tasks;

/// <summary>
/// Turns a task definition's form into fields for the page, and a posted form back into the JSON
/// data Core checks. Only what a browser cannot send as JSON is checked here (a number or date that
/// does not parse); every other rule is Core's, shown beside the field it names.
/// </summary>
public static class TaskForm
{
    /// <summary>The id prefix of a task form's fields, so they never clash with the page's own (outcome, reason).</summary>
    public const string Prefix = "field-";

    /// <summary>The page's field id for a Core error path such as <c>$.data.riskLevel</c> or <c>$.outcome</c>.</summary>
    public static string? FieldFor(TaskDefinition task, string path)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(path);
        if (path == "$.outcome")
        {
            return "outcome";
        }

        const string data = "$.data.";
        if (!path.StartsWith(data, StringComparison.Ordinal))
        {
            return null;
        }

        var field = task.Form.FirstOrDefault(f => f.Key == path[data.Length..]);
        return field is null ? null : ErrorKeyOf(field);
    }

    /// <summary>
    /// The fields of the task's form, with the answers given (posted, or recorded when it was
    /// completed); before either, a field with a default starts from its case fact.
    /// </summary>
    public static IReadOnlyList<Shared.FieldView> Fields(TaskDefinition task, ReferenceData reference, IFormCollection? posted, JsonObject? recorded, JsonObject? facts = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(reference);
        return [.. task.Form.Select(f =>
        {
            var fromFact = posted is null && recorded is null && f.Default is { } start && facts?[start.Fact] is { } value
                ? new JsonObject { [f.Key] = value.DeepClone() }
                : null;
            var hint = HintFor(task, f);
            hint = fromFact is null ? hint : (hint is null ? "" : hint.TrimEnd('.') + ". ") + "Filled in from the referral: check it and change it if you know more.";
            return new Shared.FieldView(Prefix + f.Key, f.Label, hint, f.Type, Options(f, reference),
                posted is null ? Recorded(f, fromFact ?? recorded) : Posted(f, posted), f.Required, MaxLength: f.AnswerLimit())
            {
                OptionHints = ConditionHints(f, reference),
            };
        })];
    }

    /// <summary>The field's hint, saying which outcomes need an answer when only some do.</summary>
    private static string? HintFor(TaskDefinition task, FormField field)
    {
        if (field.Required || field.RequiredFor.Count == 0)
        {
            return field.Hint;
        }

        var labels = field.RequiredFor.Select(k => $"'{task.Outcomes.FirstOrDefault(o => o.Key == k)?.Label ?? k}'");
        var needed = $"Needed if the outcome is {string.Join(" or ", labels)}.";
        return field.Hint is null ? needed : $"{field.Hint} {needed}";
    }

    /// <summary>Reads the posted answers as JSON; answers that cannot be read are returned as errors keyed by field id.</summary>
    public static (JsonObject Data, IReadOnlyList<(string Field, string Message)> Errors) Read(TaskDefinition task, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(form);
        var data = new JsonObject();
        var errors = new List<(string, string)>();
        foreach (var field in task.Form)
        {
            var name = Prefix + field.Key;
            var text = form[name].ToString().Trim();
            switch (field.Type)
            {
                case FormFieldType.MultiChoice:
                    var chosen = form[name].Where(v => !string.IsNullOrEmpty(v)).Select(v => (JsonNode?)JsonValue.Create(v)).ToArray();
                    if (chosen.Length > 0)
                    {
                        data[field.Key] = new JsonArray(chosen);
                    }

                    break;
                case FormFieldType.Integer when text.Length > 0:
                    if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
                    {
                        data[field.Key] = whole;
                    }
                    else
                    {
                        errors.Add((name, $"'{field.Label}' must be a whole number, like 3"));
                    }

                    break;
                case FormFieldType.Number when text.Length > 0:
                    if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                    {
                        data[field.Key] = number;
                    }
                    else
                    {
                        errors.Add((name, $"'{field.Label}' must be a number, like 2.5"));
                    }

                    break;
                case FormFieldType.Boolean when text.Length > 0:
                    data[field.Key] = text == "true";
                    break;
                case FormFieldType.Date:
                    var (day, month, year) = (form[name + "-day"].ToString().Trim(), form[name + "-month"].ToString().Trim(), form[name + "-year"].ToString().Trim());
                    if (day.Length + month.Length + year.Length == 0)
                    {
                        break;
                    }

                    if (DateParts.TryRead(day, month, year, out var date))
                    {
                        data[field.Key] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    }
                    else
                    {
                        errors.Add((name + "-day", $"'{field.Label}' must be a real date, like 27 3 2026"));
                    }

                    break;
                case FormFieldType.Integer or FormFieldType.Number or FormFieldType.Boolean:
                    break;
                default:
                    if (text.Length > 0)
                    {
                        data[field.Key] = text;
                    }

                    break;
            }
        }

        return (data, errors);
    }

    /// <summary>The name the acknowledgements of advisory conditions post under.</summary>
    public const string AcknowledgeName = "acknowledge";

    /// <summary>
    /// The chosen entries with an advisory condition (e.g. a court order measure), for the person to
    /// tick that they have checked it: as posted, so only what they chose is asked about.
    /// </summary>
    public static IReadOnlyList<ChoiceOption> Warnings(TaskDefinition task, ReferenceData reference, IFormCollection? posted)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(reference);
        if (posted is null)
        {
            return [];
        }

        return [.. task.Form.Where(f => f.ChoiceList is not null)
            .SelectMany(f => (reference.GetChoiceList(f.ChoiceList!) ?? []).Where(i => posted[Prefix + f.Key].Contains(i.Key)))
            .Where(i => i.Conditions?.Any(c => c.Advisory) == true)
            .DistinctBy(i => i.Key)
            .Select(i => new ChoiceOption(i.Key, $"{i.Name}: {string.Join(" ", i.Conditions!.Where(c => c.Advisory).Select(c => c.Text))}"))];
    }

    private static Dictionary<string, string> ConditionHints(FormField field, ReferenceData reference) =>
        field.ChoiceList is null
            ? []
            : (reference.GetChoiceList(field.ChoiceList) ?? []).Where(i => i.Conditions is { Count: > 0 })
                .ToDictionary(i => i.Key, i => string.Join(" ", i.Conditions!.Select(c => c.Text)), StringComparer.Ordinal);

    private static IReadOnlyList<ChoiceOption> Options(FormField field, ReferenceData reference) =>
        field.ChoiceList is null
            ? field.Choices
            : [.. (reference.GetChoiceList(field.ChoiceList) ?? []).Select(i => new ChoiceOption(i.Key, i.Name))];

    private static IReadOnlyList<string> Posted(FormField field, IFormCollection form)
    {
        var name = Prefix + field.Key;
        return field.Type == FormFieldType.Date
            ? [form[name + "-day"].ToString(), form[name + "-month"].ToString(), form[name + "-year"].ToString()]
            : [.. form[name].Select(v => v ?? string.Empty)];
    }

    private static IReadOnlyList<string> Recorded(FormField field, JsonObject? recorded)
    {
        var value = recorded?[field.Key];
        return value switch
        {
            null => [],
            JsonArray array => [.. array.Select(n => n?.ToString() ?? string.Empty)],
            _ when field.Type == FormFieldType.Date && DateOnly.TryParseExact(value.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) =>
                [d.Day.ToString(CultureInfo.InvariantCulture), d.Month.ToString(CultureInfo.InvariantCulture), d.Year.ToString(CultureInfo.InvariantCulture)],
            _ when field.Type == FormFieldType.Boolean => [value.ToJsonString()],
            _ => [value.ToString()],
        };
    }

    private static string ErrorKeyOf(FormField field) => Prefix + field.Key + (field.Type == FormFieldType.Date ? "-day" : string.Empty);
}
