using System.Globalization;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Concerns;

/// <summary>Reads and fills the "when was it received" date and time boxes, in the calendar's local time.</summary>
public static class ReceivedTime
{
    /// <summary>The most characters a 24-hour time takes, as 17:30; a longer answer is not a time and is refused as one.</summary>
    public const int Length = 5;

    /// <summary>Fills the boxes with an instant, shown in local time.</summary>
    public static void Fill(ConcernForm form, DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(form);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        form.ReceivedDay = local.Day.ToString(CultureInfo.InvariantCulture);
        form.ReceivedMonth = local.Month.ToString(CultureInfo.InvariantCulture);
        form.ReceivedYear = local.Year.ToString(CultureInfo.InvariantCulture);
        form.ReceivedTime = local.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The instant the boxes give, or the error to show beside them: a real date and a 24-hour time
    /// that exists on that day (not inside the hour the clocks go forward). All four boxes left empty
    /// mean now, as the API's default.
    /// </summary>
    public static (DateTimeOffset? At, string? Error) Read(ConcernForm form, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(zone);
        if (new[] { form.ReceivedDay, form.ReceivedMonth, form.ReceivedYear, form.ReceivedTime }.All(string.IsNullOrWhiteSpace))
        {
            return (null, null);
        }

        if (!DateParts.TryRead(form.ReceivedDay?.Trim(), form.ReceivedMonth?.Trim(), form.ReceivedYear?.Trim(), out var date))
        {
            return (null, "The date the concern was received must be a real date, like 27 3 2026");
        }

        if (!TimeOnly.TryParseExact(form.ReceivedTime?.Trim(), ["H:mm", "HH:mm", "H.mm", "HH.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return (null, "The time the concern was received must be a 24-hour time, like 17:30");
        }

        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return (null, "That time did not happen: the clocks went forward. Enter a time after the change, like 02:00 as 03:00");
        }

        return (new DateTimeOffset(local, zone.GetUtcOffset(local)), null);
    }
}
