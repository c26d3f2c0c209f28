using System.Text.RegularExpressions;

namespace WorkflowEngine.Core.Definitions;

/// <summary>Due times in words, for diagrams: "12 weeks", "2 working days", "at the next mace panel".</summary>
internal static partial class DueText
{
    /// <summary>How long a timer waits, e.g. "after 12 weeks" or "at the next mace panel".</summary>
    public static string After(DueSpec due)
    {
        if (due.BeforeNextPanel is { } panel)
        {
            return due.LatestWithin is { } within
                ? $"when the agenda closes for the last {panel} panel within {Duration(within)}"
                : $"when the agenda closes for the next {panel} panel";
        }

        if (due.NextPanel is { } sitting)
        {
            return $"at the next {sitting} panel";
        }

        if (due.WorkingDays is { } days)
        {
            return $"after {Count(days, "working day")}";
        }

        return $"after {Duration(due.Duration ?? "")}";
    }

    /// <summary>An ISO-8601 duration in words as its author wrote it: PT72H is "72 hours", not "3 days".</summary>
    public static string Duration(string iso)
    {
        var match = Pattern().Match(iso);
        if (!match.Success)
        {
            return iso;
        }

        var parts = new[] { ("weeks", "week"), ("days", "day"), ("hours", "hour"), ("minutes", "minute"), ("seconds", "second") }
            .Where(p => match.Groups[p.Item1].Success)
            .Select(p => $"{match.Groups[p.Item1].Value} {p.Item2}{(match.Groups[p.Item1].Value == "1" ? "" : "s")}")
            .ToList();
        return parts.Count == 0 ? iso : string.Join(' ', parts);
    }

    private static string Count(int value, string unit) => $"{value} {unit}{(value == 1 ? "" : "s")}";

    [GeneratedRegex(@"^P(?:(?<weeks>\d+)W)?(?:(?<days>\d+)D)?(?:T(?:(?<hours>\d+)H)?(?:(?<minutes>\d+)M)?(?:(?<seconds>\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
