using WorkflowEngine.Core.Calendars;

namespace WorkflowEngine.Web.Features.Shared;

/// <summary>
/// The working calendar pages count days on: the workflow's own when it is known, else the
/// partnership's default (England and Wales when shipped, or the first calendar).
/// </summary>
public sealed class PageCalendar(CalendarCatalogue catalogue)
{
    private const string DefaultKey = "england-and-wales";

    /// <summary>The calendar with this key, or the default.</summary>
    public WorkingCalendar For(string? key = null) =>
        key is not null && catalogue.Calendars.TryGetValue(key, out var calendar) ? calendar
        : catalogue.Calendars.TryGetValue(DefaultKey, out var fallback) ? fallback
        : catalogue.Calendars.Values.First();
}
