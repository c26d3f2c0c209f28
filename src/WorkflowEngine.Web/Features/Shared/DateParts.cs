using System.Globalization;

namespace WorkflowEngine.Web.Features.Shared;

/// <summary>Reads the day, month and year boxes of a GOV.UK date input.</summary>
public static class DateParts
{
    /// <summary>Whether the three boxes make a real date.</summary>
    public static bool TryRead(string? day, string? month, string? year, out DateOnly date)
    {
        date = default;
        return int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && y is >= 1900 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            && (date = new DateOnly(y, m, d)) != default;
    }
}
