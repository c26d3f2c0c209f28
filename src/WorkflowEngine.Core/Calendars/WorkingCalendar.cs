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
    /// <param name="terms">For a school calendar: the terms; only days in a term are working (school) days.</param>
    /// <param name="closures">Days in a term that are not school days: half-terms and INSET days.</param>
    /// <exception cref="ArgumentException">No working days are given.</exception>
    public WorkingCalendar(
        string key,
        string name,
        TimeZoneInfo timeZone,
        IEnumerable<DayOfWeek> workingDays,
        TimeOnly endOfWorkingDay,
        IEnumerable<BankHoliday> holidays,
        IEnumerable<CalendarPeriod>? terms = null,
        IEnumerable<CalendarPeriod>? closures = null)
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
        Terms = [.. (terms ?? []).OrderBy(t => t.Start)];
        Closures = [.. (closures ?? []).OrderBy(c => c.Start)];
    }

    /// <summary>For a school calendar, the terms, earliest first; empty for a working-day calendar.</summary>
    public IReadOnlyList<CalendarPeriod> Terms { get; }

    /// <summary>Half-terms and INSET days inside the terms, earliest first.</summary>
    public IReadOnlyList<CalendarPeriod> Closures { get; }

    /// <summary>Whether days are counted only in term (a school-day calendar).</summary>
    public bool IsSchoolCalendar => Terms.Count > 0;

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

    /// <summary>
    /// Whether the date is a working day: a working weekday that is not a bank holiday and, on a school
    /// calendar, falls in a term and not in a half-term or on an INSET day.
    /// </summary>
    public bool IsWorkingDay(DateOnly date) =>
        WorkingDays.Contains(date.DayOfWeek) && !IsHoliday(date)
        && (Terms.Count == 0 || (Terms.Any(t => t.Contains(date)) && !Closures.Any(c => c.Contains(date))));

    /// <summary>
    /// The working day that is <paramref name="days"/> working days after the first working day on or after
    /// <paramref name="first"/>, which counts as day 1: with 5, day 6 (for an exclusion, the day full-time
    /// provision must start). Past the last term of a school calendar there are no school days to count, so
    /// the count stops at the day after the last term.
    /// </summary>
    public DateOnly CountedFrom(DateOnly first, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = IsWorkingDay(first) ? first : NextWorkingDay(first);
        for (var i = 0; i < days; i++)
        {
            day = NextWorkingDay(day);
        }

        return day;
    }

    /// <summary>Working days from <paramref name="first"/> (day 1 when a working day) up to the day before <paramref name="until"/>.</summary>
    public int CountWorkingDays(DateOnly first, DateOnly until)
    {
        var count = 0;
        for (var day = first; day < until; day = day.AddDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }

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

    /// <summary>The first working day strictly after the date (on a school calendar past its last term, the day after).</summary>
    internal DateOnly NextWorkingDay(DateOnly date)
    {
        var lastTermDay = Terms.Count == 0 ? DateOnly.MaxValue : Terms.Max(t => t.End);
        do
        {
            date = date.AddDays(1);
        }
        while (!IsWorkingDay(date) && date <= lastTermDay);
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
