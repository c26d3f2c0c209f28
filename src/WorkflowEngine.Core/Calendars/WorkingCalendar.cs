namespace WorkflowEngine.Core.Calendars;

/// <summary>
/// A working-day calendar: which days are working days, when the working day ends and the bank
/// holidays, kept in a local time zone. Timescales are counted the way UK guidance speaks them:
/// something received after the end of the working day, or on a non-working day, counts from the
/// next working day, and "N working days" falls due at the end of the Nth working day after that.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _holidayDates;

    /// <summary>Creates a calendar.</summary>
    /// <param name="key">Stable key, e.g. <c>england-and-wales</c>.</param>
    /// <param name="name">Display name.</param>
    /// <param name="timeZone">The time zone the working day is kept in.</param>
    /// <param name="workingDays">The days of the week that are working days (at least one).</param>
    /// <param name="endOfWorkingDay">Local time the working day ends.</param>
    /// <param name="holidays">The bank holidays, in any order.</param>
    /// <exception cref="ArgumentException">No working days are given.</exception>
    public WorkingCalendar(
        string key,
        string name,
        TimeZoneInfo timeZone,
        IEnumerable<DayOfWeek> workingDays,
        TimeOnly endOfWorkingDay,
        IEnumerable<BankHoliday> holidays)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(timeZone);
        var days = workingDays.ToHashSet();
        if (days.Count == 0)
        {
            throw new ArgumentException($"Calendar '{key}' needs at least one working day.", nameof(workingDays));
        }

        Key = key;
        Name = name;
        TimeZone = timeZone;
        WorkingDays = days;
        EndOfWorkingDay = endOfWorkingDay;
        Holidays = holidays.OrderBy(h => h.Date).ToList();
        _holidayDates = Holidays.Select(h => h.Date).ToHashSet();
    }

    /// <summary>Stable key, e.g. <c>england-and-wales</c>.</summary>
    public string Key { get; }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>The time zone the working day is kept in.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>The days of the week that are working days.</summary>
    public IReadOnlySet<DayOfWeek> WorkingDays { get; }

    /// <summary>Local time the working day ends; things fall due at it.</summary>
    public TimeOnly EndOfWorkingDay { get; }

    /// <summary>The bank holidays, earliest first.</summary>
    public IReadOnlyList<BankHoliday> Holidays { get; }

    /// <summary>Whether the date is a bank holiday on this calendar.</summary>
    public bool IsHoliday(DateOnly date) => _holidayDates.Contains(date);

    /// <summary>Whether the date is a working day: a working weekday that is not a bank holiday.</summary>
    public bool IsWorkingDay(DateOnly date) => WorkingDays.Contains(date.DayOfWeek) && !IsHoliday(date);

    /// <summary>
    /// The working day something received at <paramref name="anchor"/> counts from: the anchor's local
    /// date if that is a working day and the local time is before the end of the working day, otherwise
    /// the next working day.
    /// </summary>
    public DateOnly DayOfReceipt(DateTimeOffset anchor)
    {
        var local = LocalTimes.ToLocal(anchor, TimeZone);
        var date = DateOnly.FromDateTime(local);
        return IsWorkingDay(date) && TimeOnly.FromDateTime(local) < EndOfWorkingDay ? date : NextWorkingDay(date);
    }

    /// <summary>The end of the working day on a date, as a UTC instant.</summary>
    public DateTimeOffset EndOfWorkingDayOn(DateOnly date) => LocalTimes.ToUtc(date, EndOfWorkingDay, TimeZone);

    /// <summary>
    /// When "<paramref name="workingDays"/> working days" from <paramref name="anchor"/> falls due: the end
    /// of the working day that many working days after the day of receipt (0 means the end of the day of
    /// receipt itself).
    /// </summary>
    /// <returns>The due instant in UTC.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is negative.</exception>
    public DateTimeOffset AddWorkingDays(DateTimeOffset anchor, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = DayOfReceipt(anchor);
        for (var i = 0; i < workingDays; i++)
        {
            day = NextWorkingDay(day);
        }

        return EndOfWorkingDayOn(day);
    }

    /// <summary>
    /// Whole working days elapsed from <paramref name="from"/> to <paramref name="to"/>: the working days
    /// after the day of receipt of <paramref name="from"/> whose end has been reached by <paramref name="to"/>.
    /// The day of receipt is day 0, so <c>WorkingDaysBetween(a, AddWorkingDays(a, n)) == n</c>. Negative
    /// when <paramref name="to"/> is before <paramref name="from"/>.
    /// </summary>
    public int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var day = NextWorkingDay(DayOfReceipt(from)); EndOfWorkingDayOn(day) <= to; day = NextWorkingDay(day))
        {
            count++;
        }

        return count;
    }

    /// <summary>The first working day strictly after the date.</summary>
    internal DateOnly NextWorkingDay(DateOnly date)
    {
        do
        {
            date = date.AddDays(1);
        }
        while (!IsWorkingDay(date));
        return date;
    }

    /// <summary>
    /// The working day <paramref name="workingDays"/> working days before the date; with 0, the date
    /// itself if it is a working day, otherwise the working day before it.
    /// </summary>
    internal DateOnly WorkingDaysBefore(DateOnly date, int workingDays)
    {
        var day = date;
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        if (day != date && workingDays > 0)
        {
            // Stepping back onto the previous working day already counts as the first step.
            workingDays--;
        }

        for (var i = 0; i < workingDays; i++)
        {
            do
            {
                day = day.AddDays(-1);
            }
            while (!IsWorkingDay(day));
        }

        return day;
    }

    /// <summary>The local date of an instant on this calendar.</summary>
    internal DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(LocalTimes.ToLocal(instant, TimeZone));
}
