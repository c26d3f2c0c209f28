using System.Text.Json.Nodes;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Tests.Calendars;

public sealed class SchoolDayTests : IDisposable
{
    private static readonly CalendarCatalogue Catalogue = CalendarCatalogue.Load(RepositoryPaths.Reference).Catalogue!;
    private static readonly WorkingCalendar School = Catalogue.GetCalendar("england-school-terms");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "school-days-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("2026-02-13", true)]  // Friday before the February half-term
    [InlineData("2026-02-16", false)] // half-term
    [InlineData("2026-04-06", false)] // Easter holidays, between terms
    [InlineData("2026-05-04", false)] // early May bank holiday in the summer term
    [InlineData("2026-09-01", false)] // INSET day on the first day of the autumn term
    [InlineData("2026-09-03", true)]
    [InlineData("2026-12-19", false)] // a Saturday in the holidays
    public void School_days_are_term_weekdays_outside_half_terms_INSET_days_and_bank_holidays(string date, bool schoolDay) =>
        Assert.Equal(schoolDay, School.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    // Day 1 Wednesday 11 February; 3 days before half-term, day 6 is Wednesday 25 February.
    [InlineData("2026-02-11", 5, "2026-02-25")]
    // Excluded on a Saturday: day 1 is the Monday.
    [InlineData("2026-03-07", 5, "2026-03-16")]
    // Across Easter: day 1 Wednesday 25 March, term ends Friday 27 March, back Monday 13 April.
    [InlineData("2026-03-25", 5, "2026-04-15")]
    [InlineData("2026-03-02", 0, "2026-03-02")]
    public void Counting_from_the_first_day_skips_what_is_not_a_school_day(string first, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            School.CountedFrom(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), days));

    [Fact]
    public void A_due_time_counted_from_a_date_fact_is_the_start_of_the_day_after_the_count_and_without_the_date_counts_as_usual()
    {
        var calculator = new DueTimeCalculator(Catalogue);
        var due = new DueSpec { WorkingDays = 5, Calendar = "england-school-terms", FromDate = "exclusionDate" };
        var now = new DateTimeOffset(2026, 2, 23, 10, 0, 0, TimeSpan.Zero);

        var fromDate = calculator.ComputeDue(due, "england-and-wales", new DueAnchors(now, now, now, new JsonObject { ["exclusionDate"] = "2026-02-11" }));
        var withoutDate = calculator.ComputeDue(due, "england-and-wales", new DueAnchors(now, now, now, []));

        Assert.Equal(new DateTimeOffset(2026, 2, 25, 0, 0, 0, TimeSpan.Zero), fromDate);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 17, 0, 0, TimeSpan.Zero), withoutDate);
    }

    [Fact]
    public void A_term_that_ends_before_it_starts_and_closures_without_terms_are_refused_naming_the_field()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "calendars"));
        File.WriteAllText(Path.Combine(_folder, "calendars", "school.json"), """
            {
              "key": "school", "name": "School", "timeZone": "Europe/London",
              "workingDays": ["monday", "tuesday", "wednesday", "thursday", "friday"], "endOfWorkingDay": "17:00",
              "terms": [ { "name": "Autumn term", "start": "2026-12-18", "end": "2026-09-01" } ],
              "holidays": []
            }
            """);
        File.WriteAllText(Path.Combine(_folder, "calendars", "office.json"), """
            {
              "key": "office", "name": "Office", "timeZone": "Europe/London",
              "workingDays": ["monday"], "endOfWorkingDay": "17:00",
              "closures": [ { "name": "INSET day", "start": "2026-09-01", "end": "2026-09-01" } ],
              "holidays": []
            }
            """);

        var errors = CalendarCatalogue.Load(_folder).Errors;

        Assert.Contains(errors, e => e.Path.EndsWith("$.terms[0].end", StringComparison.Ordinal) && e.Message.Contains("'Autumn term' ends on 2026-09-01, before it starts", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("'closures' (half-terms, INSET days) only mean something on a school calendar", StringComparison.Ordinal));
    }
}
