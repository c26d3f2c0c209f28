using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Calendars;

/// <summary>
/// Computes due times on the catalogue's calendars: working days end at the end of the working day,
/// ISO-8601 durations are elapsed time, "before the next panel" is the next open agenda deadline and
/// "next panel" is the start of the next sitting.
/// </summary>
/// <param name="catalogue">The calendars and panel schedules.</param>
public sealed class DueTimeCalculator(CalendarCatalogue catalogue) : IDueTimeCalculator
{
    /// <inheritdoc />
    public DateTimeOffset ComputeDue(DueSpec due, string calendarKey, DueAnchors anchors)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(anchors);
        if (due.CountKinds() != 1)
        {
            throw new ArgumentException("A due time must set exactly one of workingDays, duration, beforeNextPanel or nextPanel.", nameof(due));
        }

        var anchor = due.From switch
        {
            DueAnchor.TaskCreated => anchors.TaskCreated,
            DueAnchor.CaseOpened => anchors.CaseOpened,
            DueAnchor.StageEntered => anchors.StageEntered,
            _ => throw new ArgumentException($"Unknown due anchor '{due.From}'.", nameof(due)),
        };

        if (due.WorkingDays is { } workingDays)
        {
            if (workingDays < 0)
            {
                throw new ArgumentException($"A due time of {workingDays} working days is negative; use 0 or more.", nameof(due));
            }

            var calendar = catalogue.GetCalendar(due.Calendar ?? calendarKey);
            return due.FromDate is { } fact && FactDate(anchors.Facts, fact) is { } first
                ? LocalTimes.ToUtc(calendar.CountedFrom(first, workingDays), TimeOnly.MinValue, calendar.TimeZone)
                : calendar.AddWorkingDays(anchor, workingDays);
        }

        if (due.Duration is { } text)
        {
            return IsoDuration.TryParse(text, out var duration, out var error)
                ? (anchor + duration).ToUniversalTime()
                : throw new ArgumentException(error, nameof(due));
        }

        if (due.NextPanel is { } sitting)
        {
            return catalogue.GetPanel(sitting).NextPanelStart(anchor);
        }

        var panel = catalogue.GetPanel(due.BeforeNextPanel!);
        if (due.LatestWithin is { } within)
        {
            return IsoDuration.TryParse(within, out var window, out var withinError)
                ? panel.LatestAgendaDeadlineWithin(anchor, anchor + window)
                : throw new ArgumentException(withinError, nameof(due));
        }

        return panel.NextAgendaDeadline(anchor);
    }

    /// <inheritdoc />
    public DateTime ToLocal(DateTimeOffset instant, string calendarKey) => LocalTimes.ToLocal(instant, catalogue.GetCalendar(calendarKey).TimeZone);

    /// <inheritdoc />
    public bool HasCalendar(string calendarKey) => catalogue.Calendars.ContainsKey(calendarKey);

    /// <inheritdoc />
    public bool HasPanel(string panelKey) => catalogue.Panels.ContainsKey(panelKey);

    private static DateOnly? FactDate(System.Text.Json.Nodes.JsonObject? facts, string key) =>
        facts?[key] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : null;
}
