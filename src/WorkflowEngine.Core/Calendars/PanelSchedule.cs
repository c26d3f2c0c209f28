namespace WorkflowEngine.Core.Calendars;

/// <summary>
/// When a multi-agency panel (such as a MACE panel) meets: every few weeks from a first date, skipping
/// bank holidays, plus extra dates and minus cancelled ones. Its agenda closes at the end of the working
/// day a set number of working days before each panel date.
/// </summary>
public sealed class PanelSchedule
{
    private readonly List<DateOnly> _extraDates;
    private readonly HashSet<DateOnly> _cancelledDates;

    /// <summary>Creates a panel schedule.</summary>
    /// <param name="key">Stable key, e.g. <c>mace-panel</c>.</param>
    /// <param name="name">Display name.</param>
    /// <param name="calendar">The working-day calendar the panel follows.</param>
    /// <param name="startTime">Local time the panel starts.</param>
    /// <param name="everyWeeks">How many weeks apart the panels are (1 or more).</param>
    /// <param name="firstDate">The first panel date; later ones fall on the same weekday.</param>
    /// <param name="agendaClosesWorkingDaysBefore">Working days before a panel date that its agenda closes (0 or more).</param>
    /// <param name="extraDates">Extra panel dates; these go ahead even on a bank holiday.</param>
    /// <param name="cancelledDates">Panel dates that will not go ahead.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="everyWeeks"/> is below 1 or <paramref name="agendaClosesWorkingDaysBefore"/> is negative.</exception>
    public PanelSchedule(
        string key,
        string name,
        WorkingCalendar calendar,
        TimeOnly startTime,
        int everyWeeks,
        DateOnly firstDate,
        int agendaClosesWorkingDaysBefore,
        IEnumerable<DateOnly>? extraDates = null,
        IEnumerable<DateOnly>? cancelledDates = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfLessThan(everyWeeks, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(agendaClosesWorkingDaysBefore);
        Key = key;
        Name = name;
        Calendar = calendar;
        StartTime = startTime;
        EveryWeeks = everyWeeks;
        FirstDate = firstDate;
        AgendaClosesWorkingDaysBefore = agendaClosesWorkingDaysBefore;
        _extraDates = (extraDates ?? []).Distinct().Order().ToList();
        _cancelledDates = (cancelledDates ?? []).ToHashSet();
    }

    /// <summary>Stable key, e.g. <c>mace-panel</c>.</summary>
    public string Key { get; }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>The working-day calendar the panel follows.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>Local time the panel starts.</summary>
    public TimeOnly StartTime { get; }

    /// <summary>How many weeks apart the panels are.</summary>
    public int EveryWeeks { get; }

    /// <summary>The first scheduled panel date.</summary>
    public DateOnly FirstDate { get; }

    /// <summary>Working days before a panel date that its agenda closes.</summary>
    public int AgendaClosesWorkingDaysBefore { get; }

    /// <summary>Extra panel dates, earliest first.</summary>
    public IReadOnlyList<DateOnly> ExtraDates => _extraDates;

    /// <summary>Panel dates that will not go ahead.</summary>
    public IReadOnlySet<DateOnly> CancelledDates => _cancelledDates;

    /// <summary>
    /// The panel dates on or after <paramref name="from"/>, earliest first. Endless: take what you need.
    /// </summary>
    public IEnumerable<DateOnly> DatesFrom(DateOnly from)
    {
        var period = 7 * EveryWeeks;
        var recurring = FirstDate;
        if (from > FirstDate)
        {
            var periods = (from.DayNumber - FirstDate.DayNumber + period - 1) / period;
            recurring = FirstDate.AddDays(periods * period);
        }

        var extra = _extraDates.FindIndex(d => d >= from);
        if (extra < 0)
        {
            extra = _extraDates.Count;
        }

        while (true)
        {
            DateOnly candidate;
            if (extra < _extraDates.Count && _extraDates[extra] <= recurring)
            {
                candidate = _extraDates[extra++];
                if (candidate == recurring)
                {
                    recurring = recurring.AddDays(period);
                }
            }
            else
            {
                candidate = recurring;
                recurring = recurring.AddDays(period);
                if (Calendar.IsHoliday(candidate))
                {
                    continue;
                }
            }

            if (!_cancelledDates.Contains(candidate))
            {
                yield return candidate;
            }
        }
    }

    /// <summary>The start of the panel on a date, as a UTC instant.</summary>
    public DateTimeOffset StartOn(DateOnly panelDate) => LocalTimes.ToUtc(panelDate, StartTime, Calendar.TimeZone);

    /// <summary>
    /// When the agenda for the panel on a date closes: the end of the working day
    /// <see cref="AgendaClosesWorkingDaysBefore"/> working days before it, as a UTC instant.
    /// </summary>
    public DateTimeOffset AgendaDeadlineFor(DateOnly panelDate) =>
        Calendar.EndOfWorkingDayOn(Calendar.WorkingDaysBefore(panelDate, AgendaClosesWorkingDaysBefore));

    /// <summary>The start of the first panel that starts after <paramref name="after"/> (UTC).</summary>
    public DateTimeOffset NextPanelStart(DateTimeOffset after) =>
        DatesFrom(Calendar.LocalDate(after)).Select(StartOn).First(start => start > after);

    /// <summary>
    /// The agenda deadline of the first panel whose agenda is still open after <paramref name="after"/> (UTC):
    /// the due time of anything that must go "before the next panel".
    /// </summary>
    public DateTimeOffset NextAgendaDeadline(DateTimeOffset after) =>
        DatesFrom(Calendar.LocalDate(after)).Select(AgendaDeadlineFor).First(deadline => deadline > after);

    /// <summary>
    /// The agenda deadline of the last sitting that starts no later than <paramref name="latestStart"/>
    /// and whose agenda is still open after <paramref name="after"/>; the next open agenda's deadline
    /// when there is none (the window is shorter than the gap between sittings).
    /// </summary>
    public DateTimeOffset LatestAgendaDeadlineWithin(DateTimeOffset after, DateTimeOffset latestStart)
    {
        var open = DatesFrom(Calendar.LocalDate(after)).Where(d => AgendaDeadlineFor(d) > after);
        var last = open.TakeWhile(d => StartOn(d) <= latestStart).Select(d => (DateOnly?)d).LastOrDefault();
        return last is { } date ? AgendaDeadlineFor(date) : NextAgendaDeadline(after);
    }
}
