using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Tests.Calendars;

/// <summary>
/// <c>beforeNextPanel</c> with <c>latestWithin</c>: the agenda deadline of the last sitting on or
/// before the window's end, so a skipped or cancelled sitting brings a review earlier, never later.
/// </summary>
public sealed class LatestPanelWithinTests
{
    private static readonly CalendarCatalogue Shipped = CalendarCatalogue.Load(RepositoryPaths.Reference).Catalogue!;
    private static readonly PanelSchedule Mace = Shipped.GetPanel("mace-panel");

    private static DateTimeOffset Utc(int m, int d, int h, int min = 0) => new(2026, m, d, h, min, 0, TimeSpan.Zero);

    private static readonly DueSpec Review = new() { BeforeNextPanel = "mace-panel", LatestWithin = "P12W", From = DueAnchor.StageEntered };

    private static DateTimeOffset Due(CalendarCatalogue catalogue, DateTimeOffset planAgreed) =>
        new DueTimeCalculator(catalogue).ComputeDue(Review, "england-and-wales", new DueAnchors(planAgreed, planAgreed, planAgreed));

    private static CalendarCatalogue Cancelling(params DateOnly[] dates) =>
        new([Shipped.GetCalendar("england-and-wales")],
            [new PanelSchedule(Mace.Key, Mace.Name, Mace.Calendar, Mace.StartTime, Mace.EveryWeeks, Mace.FirstDate, Mace.AgendaClosesWorkingDaysBefore, [.. Mace.ExtraDates], [.. Mace.CancelledDates, .. dates])]);

    [Fact]
    public void A_plan_agreed_at_the_17_March_sitting_is_reviewed_at_the_9_June_sitting_12_weeks_on_reaching_its_agenda_when_it_closes()
    {
        // 9 June 10:00 BST is on or before 12 weeks after 17 March 12:00 GMT; its agenda closes at 17:00 BST on Friday 5 June.
        Assert.Equal(Utc(6, 5, 16), Due(Shipped, Utc(3, 17, 12)));
    }

    [Fact]
    public void When_the_12_week_sitting_is_cancelled_the_review_is_at_the_sitting_before_not_two_weeks_late()
    {
        // Without 9 June, the last sitting within 12 weeks is 26 May; 25 May is a bank holiday, so its agenda closes on Thursday 21 May.
        Assert.Equal(Utc(5, 21, 16), Due(Cancelling(new DateOnly(2026, 6, 9)), Utc(3, 17, 12)));
    }

    [Fact]
    public void A_window_shorter_than_the_gap_between_sittings_falls_back_to_the_next_open_agenda()
    {
        var due = new DueTimeCalculator(Shipped).ComputeDue(Review with { LatestWithin = "P1D" }, "england-and-wales",
            new DueAnchors(Utc(3, 17, 12), Utc(3, 17, 12), Utc(3, 17, 12)));

        Assert.Equal(Mace.NextAgendaDeadline(Utc(3, 17, 12)), due);
    }
}
