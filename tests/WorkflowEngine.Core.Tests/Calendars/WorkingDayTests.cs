using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Tests.Calendars;

public sealed class WorkingDayTests
{
    private static readonly CalendarCatalogue Catalogue = CalendarCatalogue.Load(RepositoryPaths.Reference).Catalogue!;
    private static readonly WorkingCalendar England = Catalogue.GetCalendar("england-and-wales");

    private static DateTimeOffset Utc(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.Zero);

    [Theory]
    // Friday 16:59 BST before the late-May bank holiday: due end of Tuesday (17:00 BST = 16:00Z).
    [InlineData("2026-05-22T15:59:00Z", 1, "2026-05-26T16:00:00Z")]
    // After 17:00 the contact counts from the next working day.
    [InlineData("2026-03-02T17:30:00Z", 1, "2026-03-04T17:00:00Z")]
    // Saturday counts from Monday.
    [InlineData("2026-03-07T10:00:00Z", 1, "2026-03-10T17:00:00Z")]
    // Christmas 2026: Friday 25 and Monday 28 December (Boxing Day substitute) are holidays.
    [InlineData("2026-12-24T10:00:00Z", 1, "2026-12-29T17:00:00Z")]
    // Easter 2027: Good Friday 26 March, Easter Monday 29 March.
    [InlineData("2027-03-25T10:00:00Z", 1, "2027-03-30T16:00:00Z")]
    // Across the clocks going back (25 October 2026): BST to GMT.
    [InlineData("2026-10-23T09:00:00Z", 1, "2026-10-26T17:00:00Z")]
    // Zero working days: by the end of the same working day.
    [InlineData("2026-03-02T11:00:00Z", 0, "2026-03-02T17:00:00Z")]
    // 45 working days across Christmas 2026 and New Year 2027.
    [InlineData("2026-11-30T10:00:00Z", 45, "2027-02-04T17:00:00Z")]
    public void Working_days_land_at_the_end_of_the_right_working_day(string anchor, int days, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, null), England.AddWorkingDays(DateTimeOffset.Parse(anchor, null), days));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2028)]
    [InlineData(2029)]
    [InlineData(2030)]
    public void The_calendar_holds_every_fixed_rule_bank_holiday_of_the_year(int year)
    {
        var easter = EasterSunday(year);
        Assert.False(England.IsWorkingDay(easter.AddDays(-2)), "Good Friday");
        Assert.False(England.IsWorkingDay(easter.AddDays(1)), "Easter Monday");
        Assert.False(England.IsWorkingDay(FirstMonday(year, 5)), "early May");
        Assert.False(England.IsWorkingDay(LastMonday(year, 5)), "spring");
        Assert.False(England.IsWorkingDay(LastMonday(year, 8)), "summer");
        Assert.Equal(8, England.Holidays.Count(h => h.Date.Year == year));
    }

    [Fact]
    public void A_duration_is_elapsed_time_over_a_weekend()
    {
        var due = new DueTimeCalculator(Catalogue).ComputeDue(new DueSpec { Duration = "PT72H" }, "england-and-wales",
            new DueAnchors(Utc(2026, 3, 6, 15), Utc(2026, 3, 1, 9), Utc(2026, 3, 6, 15)));

        Assert.Equal(Utc(2026, 3, 9, 15), due);
    }

    [Fact]
    public void Twelve_weeks_from_stage_entry_counts_from_the_stage()
    {
        var due = new DueTimeCalculator(Catalogue).ComputeDue(new DueSpec { Duration = "P12W", From = DueAnchor.StageEntered }, "england-and-wales",
            new DueAnchors(Utc(2026, 4, 1, 9), Utc(2026, 1, 5, 9), Utc(2026, 3, 2, 9)));

        Assert.Equal(Utc(2026, 5, 25, 9), due);
    }

    [Fact]
    public void Before_the_next_panel_is_the_agenda_deadline_of_the_next_panel_with_time_to_get_on_it()
    {
        var panel = Catalogue.GetPanel("mace-panel");

        // Panels every other Tuesday from 6 January 2026; the agenda closes 2 working days before, so 3 March is too soon and 17 March's agenda closes on Friday 13 March.
        Assert.Equal(Utc(2026, 3, 3, 10), panel.NextPanelStart(Utc(2026, 3, 2, 9)));
        Assert.Equal(Utc(2026, 3, 13, 17), panel.NextAgendaDeadline(Utc(2026, 3, 2, 9)));
    }

    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451, month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var date = new DateOnly(year, month, 1);
        while (date.DayOfWeek != DayOfWeek.Monday)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var date = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        while (date.DayOfWeek != DayOfWeek.Monday)
        {
            date = date.AddDays(-1);
        }

        return date;
    }
}
