namespace WorkflowEngine.Core.Calendars;

/// <summary>
/// The working-day calendars and panel schedules the engine knows, loaded from
/// <c>reference/calendars/*.json</c> and <c>reference/panels/*.json</c>.
/// </summary>
public sealed class CalendarCatalogue
{
    /// <summary>Creates a catalogue from calendars and panels already built.</summary>
    /// <exception cref="ArgumentException">Two calendars or two panels share a key, or a panel's calendar is not in the catalogue.</exception>
    public CalendarCatalogue(IEnumerable<WorkingCalendar> calendars, IEnumerable<PanelSchedule> panels)
    {
        var calendarsByKey = new Dictionary<string, WorkingCalendar>(StringComparer.Ordinal);
        foreach (var calendar in calendars)
        {
            if (!calendarsByKey.TryAdd(calendar.Key, calendar))
            {
                throw new ArgumentException($"Two calendars have the key '{calendar.Key}'.", nameof(calendars));
            }
        }

        var panelsByKey = new Dictionary<string, PanelSchedule>(StringComparer.Ordinal);
        foreach (var panel in panels)
        {
            if (!panelsByKey.TryAdd(panel.Key, panel))
            {
                throw new ArgumentException($"Two panels have the key '{panel.Key}'.", nameof(panels));
            }

            if (!calendarsByKey.TryGetValue(panel.Calendar.Key, out var known) || !ReferenceEquals(known, panel.Calendar))
            {
                throw new ArgumentException($"Panel '{panel.Key}' follows calendar '{panel.Calendar.Key}', which is not in the catalogue.", nameof(panels));
            }
        }

        Calendars = calendarsByKey;
        Panels = panelsByKey;
    }

    /// <summary>The calendars by key.</summary>
    public IReadOnlyDictionary<string, WorkingCalendar> Calendars { get; }

    /// <summary>The panel schedules by key.</summary>
    public IReadOnlyDictionary<string, PanelSchedule> Panels { get; }

    /// <summary>
    /// Reads and validates every calendar and panel file under a reference folder
    /// (<c>calendars/*.json</c> and <c>panels/*.json</c>), reporting every problem at once.
    /// </summary>
    /// <param name="referenceDirectory">The reference folder, e.g. the repository's <c>reference/</c>.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static CalendarCatalogueLoadResult Load(string referenceDirectory) => CalendarCatalogueLoader.Load(referenceDirectory);

    /// <summary>The calendar with this key.</summary>
    /// <exception cref="ArgumentException">No calendar has this key.</exception>
    public WorkingCalendar GetCalendar(string key) =>
        Calendars.TryGetValue(key, out var calendar)
            ? calendar
            : throw new ArgumentException($"There is no working-day calendar '{key}'. Known calendars: {string.Join(", ", Calendars.Keys.Order())}.", nameof(key));

    /// <summary>The panel schedule with this key.</summary>
    /// <exception cref="ArgumentException">No panel has this key.</exception>
    public PanelSchedule GetPanel(string key) =>
        Panels.TryGetValue(key, out var panel)
            ? panel
            : throw new ArgumentException($"There is no panel schedule '{key}'. Known panels: {string.Join(", ", Panels.Keys.Order())}.", nameof(key));
}
