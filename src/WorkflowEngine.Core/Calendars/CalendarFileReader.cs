using System.Text.Json;

namespace WorkflowEngine.Core.Calendars;

/// <summary>Reads one <c>reference/calendars/*.json</c> file into a <see cref="WorkingCalendar"/>.</summary>
internal static class CalendarFileReader
{
    private static readonly Dictionary<string, DayOfWeek> Weekdays = Enum.GetValues<DayOfWeek>()
        .ToDictionary(day => day.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    /// <returns>The key the file declares (even when the file has errors), and the calendar when it has none.</returns>
    public static (string? Key, WorkingCalendar? Calendar) Read(JsonElement root, JsonFieldReader reader)
    {
        reader.RejectUnknownFields(root, "$", "key", "name", "timeZone", "workingDays", "endOfWorkingDay", "holidays", "terms", "closures");
        var key = reader.Key(root);
        var name = reader.Text(root, "$", "name");
        var timeZone = ReadTimeZone(root, reader);
        var workingDays = ReadWorkingDays(root, reader);
        var endOfWorkingDay = reader.TimeField(root, "$", "endOfWorkingDay");
        var holidays = ReadHolidays(root, reader);
        var terms = ReadPeriods(root, reader, "terms", "a term like { \"name\": \"Autumn term 2026\", \"start\": \"2026-09-02\", \"end\": \"2026-12-18\" }");
        var closures = ReadPeriods(root, reader, "closures", "a half-term or INSET day like { \"name\": \"INSET day\", \"start\": \"2026-09-01\", \"end\": \"2026-09-01\" }");
        if (closures.Count > 0 && terms.Count == 0)
        {
            reader.Error("closures-without-terms", "$.closures", $"In {reader.File}, 'closures' (half-terms, INSET days) only mean something on a school calendar: list the terms too.");
        }

        if (reader.HasErrors)
        {
            return (key, null);
        }

        return (key, new WorkingCalendar(key!, name!, timeZone!, workingDays, endOfWorkingDay!.Value, holidays, terms, closures));
    }

    private static TimeZoneInfo? ReadTimeZone(JsonElement root, JsonFieldReader reader)
    {
        var id = reader.Text(root, "$", "timeZone");
        if (id is null)
        {
            return null;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var timeZone))
        {
            return timeZone;
        }

        reader.Error("unknown-time-zone", "$.timeZone", $"In {reader.File}, the time zone '{id}' is not known. Use an IANA time zone name such as Europe/London.");
        return null;
    }

    private static List<DayOfWeek> ReadWorkingDays(JsonElement root, JsonFieldReader reader)
    {
        var days = new List<DayOfWeek>();
        var items = reader.Items(root, "$", "workingDays", required: true);
        foreach (var (item, path) in items)
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText();
            if (item.ValueKind == JsonValueKind.String && Weekdays.TryGetValue(text, out var day))
            {
                days.Add(day);
            }
            else
            {
                reader.Error("unknown-weekday", path, $"In {reader.File}, '{JsonFieldReader.Field(path)}' is '{text}', which is not a day of the week. Use monday, tuesday, wednesday, thursday, friday, saturday or sunday, in lower case.");
            }
        }

        if (root.TryGetProperty("workingDays", out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() == 0)
        {
            reader.Error("no-working-days", "$.workingDays", $"In {reader.File}, 'workingDays' is empty. List at least one working day, for example monday to friday.");
        }

        return days;
    }

    private static List<BankHoliday> ReadHolidays(JsonElement root, JsonFieldReader reader)
    {
        var holidays = new List<BankHoliday>();
        var firstSeenAt = new Dictionary<DateOnly, string>();
        foreach (var (item, path) in reader.Items(root, "$", "holidays", required: true))
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                reader.Error("wrong-type", path, $"In {reader.File}, '{JsonFieldReader.Field(path)}' must be a holiday like {{ \"date\": \"2026-12-25\", \"name\": \"Christmas Day\" }}.");
                continue;
            }

            reader.RejectUnknownFields(item, path, "date", "name");
            var date = reader.DateField(item, path, "date");
            var name = reader.Text(item, path, "name");
            if (date is not { } day)
            {
                continue;
            }

            if (firstSeenAt.TryGetValue(day, out var earlier))
            {
                reader.Error("duplicate-holiday", JsonFieldReader.Child(path, "date"), $"In {reader.File}, {day:yyyy-MM-dd} is listed as a holiday twice ('{JsonFieldReader.Field(earlier)}' and '{JsonFieldReader.Field(path)}'). Remove one of them.");
                continue;
            }

            firstSeenAt[day] = path;
            if (name is not null)
            {
                holidays.Add(new BankHoliday(day, name));
            }
        }

        return holidays;
    }

    // Terms of a school calendar, or the half-terms and INSET days within them: each a named run of days.
    private static List<CalendarPeriod> ReadPeriods(JsonElement root, JsonFieldReader reader, string field, string example)
    {
        var periods = new List<CalendarPeriod>();
        if (!root.TryGetProperty(field, out _))
        {
            return periods;
        }

        foreach (var (item, path) in reader.Items(root, "$", field, required: false))
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                reader.Error("wrong-type", path, $"In {reader.File}, '{JsonFieldReader.Field(path)}' must be {example}.");
                continue;
            }

            reader.RejectUnknownFields(item, path, "name", "start", "end");
            var name = reader.Text(item, path, "name");
            var start = reader.DateField(item, path, "start");
            var end = reader.DateField(item, path, "end");
            if (start is { } first && end is { } last && last < first)
            {
                reader.Error("period-backwards", JsonFieldReader.Child(path, "end"), $"In {reader.File}, '{name}' ends on {last:yyyy-MM-dd}, before it starts on {first:yyyy-MM-dd}.");
            }
            else if (name is not null && start is not null && end is not null)
            {
                periods.Add(new CalendarPeriod(name, start.Value, end.Value));
            }
        }

        return periods;
    }
}
