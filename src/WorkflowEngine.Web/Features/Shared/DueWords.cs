using System.Globalization;
using WorkflowEngine.Core.Calendars;

namespace WorkflowEngine.Web.Features.Shared;

/// <summary>Due times as people say them: "due today at 17:00", "due tomorrow", "2 working days overdue", counted on the working calendar.</summary>
public static class DueWords
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The due time in words, seen from now.</summary>
    public static string Describe(DateTimeOffset due, DateTimeOffset now, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var localDue = TimeZoneInfo.ConvertTime(due, calendar.TimeZone);
        var localNow = TimeZoneInfo.ConvertTime(now, calendar.TimeZone);
        var dueDate = DateOnly.FromDateTime(localDue.DateTime);
        var today = DateOnly.FromDateTime(localNow.DateTime);
        var time = localDue.ToString("HH:mm", English);
        if (due > now)
        {
            if (dueDate == today)
            {
                return $"due today at {time}";
            }

            if (dueDate == today.AddDays(1))
            {
                return "due tomorrow";
            }

            var ahead = WorkingDays(today, dueDate, calendar, _ => true);
            return ahead > 1 ? $"due in {ahead} working days" : $"due on {localDue.ToString("dddd d MMMM", English)}";
        }

        // Whole working days the task has been late: each working day after the due date whose working day has ended.
        var late = WorkingDays(dueDate, today, calendar, day => calendar.EndOfWorkingDayOn(day) <= now);
        if (late >= 1)
        {
            return late == 1 ? "1 working day overdue" : $"{late} working days overdue";
        }

        return dueDate == today ? $"overdue since {time} today" : $"overdue since {localDue.ToString("dddd d MMMM", English)} at {time}";
    }

    // Working days after `from` up to and including `to` that pass the test.
    private static int WorkingDays(DateOnly from, DateOnly to, WorkingCalendar calendar, Func<DateOnly, bool> counts)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day) && counts(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>An instant as a date and time on the calendar, e.g. "3 March 2026 at 17:00".</summary>
    public static string When(DateTimeOffset instant, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var local = TimeZoneInfo.ConvertTime(instant, calendar.TimeZone);
        return local.ToString("d MMMM yyyy 'at' HH:mm", English);
    }
}
