using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.RuleSets;

/// <summary>
/// The test bench's facts as a form generated from the fact catalogue, never raw JSON: the facts a
/// rule set reads, yes/no facts as ticks, numbers with their range, text with its choices where a
/// list offers them, dates as day, month and year. Only answered facts go into the example.
/// </summary>
public static partial class FactForm
{
    /// <summary>The name the yes/no ticks post under.</summary>
    public const string TrueFacts = "TrueFacts";

    /// <summary>The prefix of every other fact's field.</summary>
    public const string Prefix = "fact-";

    /// <summary>The most characters a text fact takes: as the engine checks a text fact.</summary>
    public const int TextLimit = Core.Validation.TextLimits.FormLongText;

    /// <summary>The catalogue facts the rule set's expressions read, in catalogue order (every fact when it names none).</summary>
    public static IReadOnlyList<FactDefinition> FactsRead(string ruleSet, ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var named = FactReference().Matches(ruleSet).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var read = reference.Facts.Where(f => named.Contains(f.Key)).ToList();
        return read.Count > 0 ? read : reference.Facts;
    }

    /// <summary>Whether the rule set reads the task being assigned (so the form asks for it).</summary>
    public static bool ReadsTask(string ruleSet) => ruleSet.Contains("task.", StringComparison.Ordinal);

    /// <summary>The form's fields for the facts, showing the values given.</summary>
    public static IReadOnlyList<FieldView> Fields(IReadOnlyList<FactDefinition> facts, JsonObject values, ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(values);
        var fields = new List<FieldView>();
        var booleans = facts.Where(f => f.Type == FactType.Boolean).ToList();
        if (booleans.Count > 0)
        {
            fields.Add(new FieldView("fact-true", "Which of these are true?", "Leave unticked what is not true or not known.", FormFieldType.MultiChoice,
                [.. booleans.Select(f => new ChoiceOption(f.Key, f.Label))],
                [.. booleans.Where(f => values[f.Key]?.GetValue<bool>() == true).Select(f => f.Key)], Required: false, InputName: TrueFacts));
        }

        foreach (var fact in facts.Where(f => f.Type != FactType.Boolean))
        {
            var name = Prefix + fact.Key;
            var choices = ChoicesFor(fact, reference);
            var value = values[fact.Key];
            fields.Add(fact.Type switch
            {
                FactType.Integer or FactType.Number => new FieldView(name, fact.Label, RangeHint(fact),
                    fact.Type == FactType.Integer ? FormFieldType.Integer : FormFieldType.Number, [], [value?.ToJsonString() ?? string.Empty], Required: false),
                FactType.Date => new FieldView(name, fact.Label, "For example, 27 3 2026", FormFieldType.Date, [], DateValues(value), Required: false),
                FactType.TextList when choices is not null => new FieldView(name, fact.Label, fact.Description, FormFieldType.MultiChoice, choices,
                    [.. (value as JsonArray ?? []).Select(v => v!.GetValue<string>())], Required: false),
                FactType.Text when choices is not null => new FieldView(name, fact.Label, fact.Description, FormFieldType.Choice,
                    [new ChoiceOption(string.Empty, "Not recorded"), .. choices], [Text(value) ?? string.Empty], Required: false),
                FactType.TextList => new FieldView(name, fact.Label, "One value a line", FormFieldType.LongText, [],
                    [string.Join("\n", (value as JsonArray ?? []).Select(v => v!.GetValue<string>()))], Required: false, MaxLength: TextLimit),
                _ => new FieldView(name, fact.Label, fact.Description, FormFieldType.Text, [], [Text(value) ?? string.Empty], Required: false, MaxLength: TextLimit),
            });
        }

        return fields;
    }

    /// <summary>The facts the form answers, or the problems, each keyed by the id of its field.</summary>
    public static (JsonObject Facts, IReadOnlyList<(string Field, string Message)> Errors) Read(
        IReadOnlyDictionary<string, StringValues> form, IReadOnlyList<FactDefinition> facts)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(facts);
        var result = new JsonObject();
        var errors = new List<(string, string)>();
        var ticked = form.TryGetValue(TrueFacts, out var ticks) ? ticks.ToHashSet(StringComparer.Ordinal) : [];
        foreach (var fact in facts)
        {
            var name = Prefix + fact.Key;
            var raw = form.TryGetValue(name, out var posted) ? posted : StringValues.Empty;
            var text = raw.ToString().Trim();
            switch (fact.Type)
            {
                case FactType.Boolean when ticked.Contains(fact.Key!):
                    result[fact.Key] = true;
                    break;
                case FactType.Integer or FactType.Number when text.Length > 0:
                    if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | (fact.Type == FactType.Number ? NumberStyles.AllowDecimalPoint : NumberStyles.None), CultureInfo.InvariantCulture, out var number)
                        || (fact.Type == FactType.Integer && (number < int.MinValue || number > int.MaxValue)))
                    {
                        errors.Add((name, $"{fact.Label} must be {(fact.Type == FactType.Integer ? "a whole number" : "a number")}, like 3"));
                    }
                    else if ((fact.Minimum is { } min && number < min) || (fact.Maximum is { } max && number > max))
                    {
                        errors.Add((name, $"{fact.Label} must be {RangeHint(fact)!.ToLowerInvariant().TrimEnd('.')}"));
                    }
                    else
                    {
                        result[fact.Key] = fact.Type == FactType.Integer ? JsonValue.Create((int)number) : JsonValue.Create(number);
                    }

                    break;
                case FactType.Date:
                    var day = Value(form, name + "-day");
                    var month = Value(form, name + "-month");
                    var year = Value(form, name + "-year");
                    if (day.Length + month.Length + year.Length == 0)
                    {
                        break;
                    }

                    if (DateParts.TryRead(day, month, year, out var date))
                    {
                        result[fact.Key] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    }
                    else
                    {
                        errors.Add((name + "-day", $"{fact.Label} must be a real date, like 27 3 2026"));
                    }

                    break;
                case FactType.Text or FactType.TextList when raw.ToString().Length > TextLimit:
                    errors.Add((name, $"{fact.Label} {LimitWords.MustBeAtMost(TextLimit)}"));
                    break;
                case FactType.TextList when raw.Count > 0:
                    var items = raw.SelectMany(v => (v ?? string.Empty).Split('\n')).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
                    if (items.Count > 0)
                    {
                        result[fact.Key] = new JsonArray([.. items.Select(i => (JsonNode)i)]);
                    }

                    break;
                case FactType.Text when text.Length > 0:
                    result[fact.Key] = raw.ToString();
                    break;
            }
        }

        return (result, errors);
    }

    private static string Value(IReadOnlyDictionary<string, StringValues> form, string name) =>
        form.TryGetValue(name, out var value) ? value.ToString().Trim() : string.Empty;

    private static string? RangeHint(FactDefinition fact) => (fact.Minimum, fact.Maximum) switch
    {
        ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $"A {(fact.Type == FactType.Integer ? "whole number" : "number")} from {min:0.##} to {max:0.##}."),
        ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $"A {(fact.Type == FactType.Integer ? "whole number" : "number")} of at least {min:0.##}."),
        _ => fact.Type == FactType.Integer ? "A whole number." : "A number.",
    };

    // A text fact offers choices when a reference list carries its name: referrerAgency and
    // submittingAgency take the agencies, disruptionMeasures the list disruption-measures.
    private static List<ChoiceOption>? ChoicesFor(FactDefinition fact, ReferenceData reference)
    {
        if (fact.Key.EndsWith("Agency", StringComparison.Ordinal))
        {
            return [.. reference.Agencies.Select(a => new ChoiceOption(a.Key, a.Name))];
        }

        var kebab = Kebab().Replace(fact.Key, "-$1").ToLowerInvariant();
        var list = reference.GetChoiceList(kebab) ?? reference.GetChoiceList(kebab + "s") ?? reference.GetChoiceList(kebab + "es");
        return list?.Select(i => new ChoiceOption(i.Key, i.Name)).ToList();
    }

    private static IReadOnlyList<string> DateValues(JsonNode? value) =>
        Text(value) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? [date.Day.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture)]
            : ["", "", ""];

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    [GeneratedRegex(@"\bfacts\.([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex FactReference();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex Kebab();
}
