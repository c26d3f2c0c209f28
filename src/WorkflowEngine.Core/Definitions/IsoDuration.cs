using System.Globalization;
using System.Text.RegularExpressions;

namespace WorkflowEngine.Core.Definitions;

/// <summary>
/// Parses ISO-8601 elapsed durations (<c>P2W</c>, <c>P5D</c>, <c>PT72H</c>, <c>P1DT12H</c>).
/// Years and months are refused: their length varies, so a safeguarding timescale must say days or weeks.
/// </summary>
public static partial class IsoDuration
{
    /// <summary>Parses a duration, or explains in a sentence why it cannot.</summary>
    /// <param name="text">The duration text.</param>
    /// <param name="duration">The parsed duration.</param>
    /// <param name="error">Why the text is not a usable duration.</param>
    public static bool TryParse(string? text, out TimeSpan duration, out string? error)
    {
        duration = TimeSpan.Zero;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "The duration is empty. Write it as ISO-8601, for example PT72H for 72 hours or P5D for 5 days.";
            return false;
        }

        var match = Pattern().Match(text);
        if (!match.Success || text is "P" or "PT" || text.EndsWith('T'))
        {
            error = $"'{text}' is not an ISO-8601 duration. Write it like PT72H (72 hours), P5D (5 days) or P12W (12 weeks).";
            return false;
        }

        if (match.Groups["years"].Success || match.Groups["months"].Success)
        {
            error = $"'{text}' uses years or months, whose length varies. Give the timescale in weeks, days or hours instead.";
            return false;
        }

        double Part(string name) => match.Groups[name].Success
            ? double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture)
            : 0;

        duration = TimeSpan.FromDays((Part("weeks") * 7) + Part("days"))
            + TimeSpan.FromHours(Part("hours"))
            + TimeSpan.FromMinutes(Part("minutes"))
            + TimeSpan.FromSeconds(Part("seconds"));
        if (duration <= TimeSpan.Zero)
        {
            error = $"'{text}' is zero long. A timescale must be longer than nothing.";
            return false;
        }

        return true;
    }

    /// <summary>Parses a duration the validator has already accepted.</summary>
    /// <exception cref="FormatException">The text is not a usable duration.</exception>
    public static TimeSpan Parse(string text) =>
        TryParse(text, out var duration, out var error) ? duration : throw new FormatException(error);

    [GeneratedRegex(@"^P(?:(?<years>\d+)Y)?(?:(?<months>\d+)M)?(?:(?<weeks>\d+)W)?(?:(?<days>\d+)D)?(?:T(?:(?<hours>\d+)H)?(?:(?<minutes>\d+)M)?(?:(?<seconds>\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
