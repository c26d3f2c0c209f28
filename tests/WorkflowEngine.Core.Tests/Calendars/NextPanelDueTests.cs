using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Tests.Calendars;

/// <summary>
/// The <c>nextPanel</c> due kind on the shipped calendar and MACE panel (every 2 weeks from Tuesday
/// 6 January 2026 at 10:00 London time, agenda closing 2 working days before), and on variants of that
/// panel with cancelled, extra and bank-holiday dates.
/// </summary>
public sealed class NextPanelDueTests
{
    private static readonly CalendarCatalogue Shipped = CalendarCatalogue.Load(RepositoryPaths.Reference).Catalogue!;
    private static readonly WorkingCalendar England = Shipped.GetCalendar("england-and-wales");
    private static readonly PanelSchedule Mace = Shipped.GetPanel("mace-panel");

    private static DateTimeOffset Utc(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.Zero);

    private static DateTimeOffset Due(CalendarCatalogue catalogue, DueSpec due, DateTimeOffset stageEntered) =>
        new DueTimeCalculator(catalogue).ComputeDue(due, "england-and-wales", new DueAnchors(Utc(2030, 1, 1, 0), Utc(2026, 1, 1, 0), stageEntered));

    private static DateTimeOffset AtNextSitting(CalendarCatalogue catalogue, DateTimeOffset stageEntered) =>
        Due(catalogue, new DueSpec { NextPanel = "mace-panel", From = DueAnchor.StageEntered }, stageEntered);

    private static CalendarCatalogue WithMace(Func<PanelSchedule, PanelSchedule> change) => new([England], [change(Mace)]);

    private static PanelSchedule Variant(PanelSchedule p, int? everyWeeks = null, DateOnly? firstDate = null, DateOnly[]? extra = null, DateOnly[]? cancelled = null) =>
        new(p.Key, p.Name, p.Calendar, p.StartTime, everyWeeks ?? p.EveryWeeks, firstDate ?? p.FirstDate, p.AgendaClosesWorkingDaysBefore, extra ?? [.. p.ExtraDates], cancelled ?? [.. p.CancelledDates]);

    [Theory]
    // A minute before Tuesday 3 March's panel (GMT): that panel.
    [InlineData("2026-03-03T09:59:00Z", "2026-03-03T10:00:00Z")]
    // At the very start: strictly after, so the following sitting on 17 March.
    [InlineData("2026-03-03T10:00:00Z", "2026-03-17T10:00:00Z")]
    // A minute after: 17 March.
    [InlineData("2026-03-03T10:01:00Z", "2026-03-17T10:00:00Z")]
    // The weekend before: Tuesday 3 March, although its agenda closed on Thursday 26 February.
    [InlineData("2026-02-28T12:00:00Z", "2026-03-03T10:00:00Z")]
    // After the clocks go forward (29 March): 31 March at 10:00 BST is 09:00 UTC.
    [InlineData("2026-03-17T12:00:00Z", "2026-03-31T09:00:00Z")]
    // Christmas week 2026: 22 December, then Tuesday 5 January 2027 (10:00 GMT).
    [InlineData("2026-12-22T10:30:00Z", "2027-01-05T10:00:00Z")]
    public void The_next_sitting_of_the_shipped_MACE_panel(string stageEntered, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, null), AtNextSitting(Shipped, DateTimeOffset.Parse(stageEntered, null)));
    }

    [Fact]
    public void Next_panel_is_the_sitting_and_before_next_panel_the_agenda_deadline()
    {
        var entered = Utc(2026, 3, 2, 9); // Monday 2 March.

        Assert.Equal(Utc(2026, 3, 3, 10), AtNextSitting(Shipped, entered));
        // 3 March's agenda closed on Thursday 26 February, so the case goes on 17 March's, closing Friday 13 March.
        Assert.Equal(Utc(2026, 3, 13, 17), Due(Shipped, new DueSpec { BeforeNextPanel = "mace-panel", From = DueAnchor.StageEntered }, entered));
    }

    [Fact]
    public void A_cancelled_sitting_is_passed_over()
    {
        var catalogue = WithMace(p => Variant(p, cancelled: [new DateOnly(2026, 3, 17)]));

        Assert.Equal(Utc(2026, 3, 31, 9), AtNextSitting(catalogue, Utc(2026, 3, 3, 11)));
    }

    [Fact]
    public void An_extra_sitting_comes_first_even_on_a_bank_holiday()
    {
        // Extra sittings on Tuesday 10 March and on Easter Monday 6 April 2026.
        var catalogue = WithMace(p => Variant(p, extra: [new DateOnly(2026, 3, 10), new DateOnly(2026, 4, 6)]));

        Assert.Equal(Utc(2026, 3, 10, 10), AtNextSitting(catalogue, Utc(2026, 3, 3, 11)));
        Assert.Equal(Utc(2026, 4, 6, 9), AtNextSitting(catalogue, Utc(2026, 3, 31, 12)));
    }

    [Fact]
    public void A_regular_sitting_on_a_bank_holiday_is_skipped()
    {
        // A Monday panel every 3 weeks from 13 April 2026 would sit on 4 May (early May bank holiday)
        // and 25 May (spring bank holiday); both are skipped, so the next sitting is 15 June (10:00 BST).
        var catalogue = WithMace(p => Variant(p, everyWeeks: 3, firstDate: new DateOnly(2026, 4, 13)));

        Assert.Equal(Utc(2026, 6, 15, 9), AtNextSitting(catalogue, Utc(2026, 4, 13, 12)));
    }

    [Fact]
    public void The_anchor_can_be_the_task_or_the_case()
    {
        var calculator = new DueTimeCalculator(Shipped);
        var anchors = new DueAnchors(Utc(2026, 3, 17, 12), Utc(2026, 3, 2, 9), Utc(2026, 3, 3, 11));

        Assert.Equal(Utc(2026, 3, 31, 9), calculator.ComputeDue(new DueSpec { NextPanel = "mace-panel" }, "england-and-wales", anchors));
        Assert.Equal(Utc(2026, 3, 3, 10), calculator.ComputeDue(new DueSpec { NextPanel = "mace-panel", From = DueAnchor.CaseOpened }, "england-and-wales", anchors));
    }

    [Fact]
    public void Two_kinds_or_an_unknown_panel_are_refused()
    {
        var calculator = new DueTimeCalculator(Shipped);
        var anchors = new DueAnchors(Utc(2026, 3, 2, 9), Utc(2026, 3, 2, 9), Utc(2026, 3, 2, 9));

        Assert.Throws<ArgumentException>(() => calculator.ComputeDue(new DueSpec { NextPanel = "mace-panel", BeforeNextPanel = "mace-panel" }, "england-and-wales", anchors));
        var unknown = Assert.Throws<ArgumentException>(() => calculator.ComputeDue(new DueSpec { NextPanel = "mase" }, "england-and-wales", anchors));
        Assert.Contains("'mase'", unknown.Message, StringComparison.Ordinal);
    }
}
