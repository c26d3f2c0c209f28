namespace WorkflowEngine.Core.Calendars;

/// <summary>Turns a local wall-clock time in a time zone into a UTC instant, whatever the clocks are doing that day.</summary>
internal static class LocalTimes
{
    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo timeZone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (timeZone.IsInvalidTime(local))
        {
            // The clocks jumped over this time; reading it with the offset in force before the jump moves it
            // forward by the gap, as a wall clock that had not yet been changed would show it.
            offset = timeZone.GetUtcOffset(local.AddDays(-1));
        }
        else if (timeZone.IsAmbiguousTime(local))
        {
            // The time happens twice; take the first occurrence so nothing falls due later than it should.
            offset = timeZone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = timeZone.GetUtcOffset(local);
        }

        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo timeZone) =>
        TimeZoneInfo.ConvertTime(instant, timeZone).DateTime;
}
