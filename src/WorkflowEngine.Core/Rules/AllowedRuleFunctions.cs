using System.Collections.Frozen;

namespace WorkflowEngine.Core.Rules;

/// <summary>
/// The functions and properties the rule sandbox lets an expression use, read from the sandbox's
/// own allow-list (so the editor can never offer what validation would refuse), each with a
/// sentence for the person writing the rule. Operators (<c>==</c>, <c>&gt;</c>, <c>+</c>) are not listed.
/// </summary>
public static class AllowedRuleFunctions
{
    private static readonly FrozenDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        ["text.Contains"] = "Whether the text contains the given text, e.g. facts.screeningNotes.Contains(\"county lines\").",
        ["text.StartsWith"] = "Whether the text starts with the given text.",
        ["text.EndsWith"] = "Whether the text ends with the given text.",
        ["text.Equals"] = "Whether the text is the same as the given text.",
        ["text.ToLower"] = "The text in lower case, to compare without caring about capitals.",
        ["text.ToUpper"] = "The text in capitals.",
        ["text.ToLowerInvariant"] = "The text in lower case, the same on every server.",
        ["text.ToUpperInvariant"] = "The text in capitals, the same on every server.",
        ["text.Trim"] = "The text without spaces at either end.",
        ["text.IsNullOrEmpty"] = "Whether a text is missing or empty: string.IsNullOrEmpty(facts.riskLevel).",
        ["text.IsNullOrWhiteSpace"] = "Whether a text is missing, empty or only spaces: string.IsNullOrWhiteSpace(facts.noMeasureReason).",
        ["text.Compare"] = "Compares two texts: below 0, 0 or above 0.",
        ["text.Concat"] = "Joins texts together.",
        ["text.Length"] = "How many characters the text has.",
        ["list.Any"] = "Whether the list has any entry (or any entry that passes a test).",
        ["list.All"] = "Whether every entry passes a test.",
        ["list.Count"] = "How many entries the list has.",
        ["list.Contains"] = "Whether the list holds the given value, e.g. facts.disruptionMeasures.Contains(\"cawn\").",
        ["list.Sum"] = "The sum of the entries.",
        ["list.Min"] = "The smallest entry.",
        ["list.Max"] = "The largest entry.",
        ["list.Where"] = "The entries that pass a test.",
        ["list.Select"] = "Each entry turned into something else.",
        ["list.Distinct"] = "The entries without repeats.",
        ["list.First"] = "The first entry (the rule fails if there is none).",
        ["list.FirstOrDefault"] = "The first entry, or nothing when the list is empty.",
        ["Math.Min"] = "The smaller of two numbers: Math.Min(a, b).",
        ["Math.Max"] = "The larger of two numbers: Math.Max(a, b).",
        ["Math.Abs"] = "The number without its sign.",
        ["Math.Round"] = "The number rounded to the nearest whole number.",
        ["Math.Floor"] = "The number rounded down.",
        ["Math.Ceiling"] = "The number rounded up.",
        ["number.Compare"] = "Compares two numbers: below 0, 0 or above 0.",
        ["number.Equals"] = "Whether two numbers are equal.",
        ["date.Compare"] = "Compares two dates: below 0, 0 or above 0.",
        ["date.AddDays"] = "The date so many days later (or earlier, with a negative number).",
        ["date.Equals"] = "Whether two dates are the same moment.",
        ["date.Year"] = "The date's year.",
        ["date.Month"] = "The date's month, 1 to 12.",
        ["date.Day"] = "The date's day of the month.",
        ["date.Date"] = "The date without its time of day.",
        ["date.DayOfWeek"] = "The day of the week.",
        ["time span.TotalDays"] = "The time between two dates in days, with fractions.",
        ["time span.Days"] = "The whole days of the time between two dates.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every allowed function and property, grouped by what it applies to, in name order within a group.</summary>
    public static IReadOnlyList<RuleFunction> All { get; } = Build();

    private static List<RuleFunction> Build()
    {
        var functions = new List<RuleFunction>();
        foreach (var (type, names) in ExpressionAllowList.AllowedMethods)
        {
            functions.AddRange(names.Where(name => !name.StartsWith("op_", StringComparison.Ordinal)).Select(name => Describe(type, name, isProperty: false)));
        }

        foreach (var (type, names) in ExpressionAllowList.AllowedMembers)
        {
            functions.AddRange(names.Select(name => Describe(type, name, isProperty: true)));
        }

        return [.. functions.DistinctBy(f => (f.On, f.Name)).OrderBy(f => f.On, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal)];
    }

    private static RuleFunction Describe(Type type, string name, bool isProperty)
    {
        var on = type == typeof(string) ? "text"
            : type == typeof(Enumerable) || type == typeof(List<string>) ? "list"
            : type == typeof(Math) ? "Math"
            : type == typeof(decimal) ? "number"
            : type == typeof(DateTime) ? "date"
            : type == typeof(TimeSpan) ? "time span"
            : type.Name;
        return new RuleFunction(on, name, isProperty, Descriptions.GetValueOrDefault($"{on}.{name}", $"{name}, as in C#."));
    }
}
