using System.Globalization;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Cases;

/// <summary>Reads when a track's event happened (date boxes and a 24-hour time) in the calendar's local time; all empty means now.</summary>
public static class TrackTime
{
    /// <summary>The instant, or the error to show beside the date.</summary>
    public static (DateTimeOffset? At, string? Error) Read(string day, string month, string year, string time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (new[] { day, month, year, time }.All(string.IsNullOrWhiteSpace))
        {
            return (null, null);
        }

        if (!DateParts.TryRead(day, month, year, out var date))
        {
            return (null, "The date it happened must be a real date, like 27 3 2026");
        }

        var clock = TimeOnly.MinValue;
        if (!string.IsNullOrWhiteSpace(time) && !TimeOnly.TryParseExact(time, ["H:mm", "HH:mm", "H.mm", "HH.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out clock))
        {
            return (null, "The time it happened must be a 24-hour time, like 17:30");
        }

        var local = date.ToDateTime(clock, DateTimeKind.Unspecified);
        return zone.IsInvalidTime(local)
            ? (null, "That time did not happen: the clocks went forward. Enter a time after the change, like 02:00 as 03:00")
            : (new DateTimeOffset(local, zone.GetUtcOffset(local)), null);
    }
}
