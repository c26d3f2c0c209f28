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
        reader.RejectUnknownFields(root, "$", "key", "name", "timeZone", "workingDays", "endOfWorkingDay", "holidays");
        var key = reader.Key(root);
        var name = reader.Text(root, "$", "name");
        var timeZone = ReadTimeZone(root, reader);
        var workingDays = ReadWorkingDays(root, reader);
        var endOfWorkingDay = reader.TimeField(root, "$", "endOfWorkingDay");
        var holidays = ReadHolidays(root, reader);

        if (reader.HasErrors)
        {
            return (key, null);
        }

        return (key, new WorkingCalendar(key!, name!, timeZone!, workingDays, endOfWorkingDay!.Value, holidays));
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
}
