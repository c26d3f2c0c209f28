using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Tests;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Tests.Pages;

/// <summary>Due dates in words, counted on the England and Wales working calendar.</summary>
public sealed class DueWordsTests
{
    private static readonly WorkingCalendar Calendar =
        CalendarCatalogue.Load(Path.Combine(RepositoryPaths.Root, "reference")).Catalogue!.GetCalendar("england-and-wales");

    // Monday 2 March 2026, 09:00 GMT.
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(8, "due today at 17:00")]
    [InlineData(32, "due tomorrow")]
    [InlineData(80, "due in 3 working days")]
    [InlineData(-1, "overdue since 08:00 today")]
    public void Future_and_same_day_due_times_read_as_people_say_them(double hours, string expected) =>
        Assert.Equal(expected, DueWords.Describe(Monday.AddHours(hours), Monday, Calendar));

    [Fact]
    public void Overdue_counts_each_working_day_that_has_ended_since_the_due_date_skipping_the_weekend()
    {
        var dueThursday = new DateTimeOffset(2026, 3, 5, 17, 0, 0, TimeSpan.Zero);

        Assert.Equal("overdue since Thursday 5 March at 17:00", DueWords.Describe(dueThursday, dueThursday.AddHours(16), Calendar));
        Assert.Equal("1 working day overdue", DueWords.Describe(dueThursday, new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.Zero), Calendar));
        Assert.Equal("2 working days overdue", DueWords.Describe(dueThursday, new DateTimeOffset(2026, 3, 9, 17, 30, 0, TimeSpan.Zero), Calendar));
    }
}
