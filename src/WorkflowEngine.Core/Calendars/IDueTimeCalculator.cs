using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Calendars;

/// <summary>Turns a <see cref="DueSpec"/> into an instant, using working-day calendars and panel schedules.</summary>
public interface IDueTimeCalculator
{
    /// <summary>
    /// The instant something falls due.
    /// </summary>
    /// <param name="due">The due specification from the definition.</param>
    /// <param name="calendarKey">The workflow's working-day calendar.</param>
    /// <param name="anchors">The instants the clock may start from.</param>
    /// <returns>The due instant (UTC offset).</returns>
    /// <exception cref="ArgumentException">The spec names an unknown calendar or panel, or an invalid duration.</exception>
    DateTimeOffset ComputeDue(DueSpec due, string calendarKey, DueAnchors anchors);

    /// <summary>An instant as the local date and time on the calendar (for telling people when, e.g. 17:00 in London).</summary>
    /// <exception cref="KeyNotFoundException">The calendar is not known.</exception>
    DateTime ToLocal(DateTimeOffset instant, string calendarKey);

    /// <summary>Whether a calendar with this key is known.</summary>
    bool HasCalendar(string calendarKey);

    /// <summary>Whether a panel schedule with this key is known.</summary>
    bool HasPanel(string panelKey);
}
