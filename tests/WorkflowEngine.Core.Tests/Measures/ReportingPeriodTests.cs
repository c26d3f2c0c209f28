using WorkflowEngine.Core.Measures;

namespace WorkflowEngine.Core.Tests.Measures;

public sealed class ReportingPeriodTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public void A_quarter_is_the_calendar_quarter_holding_the_day_in_London_time()
    {
        var (period, errors) = ReportingPeriod.Create("quarter", new DateOnly(2026, 5, 20), null, null, London);
        Assert.Empty(errors);
        // 1 April is BST, so the quarter starts at 23:00 UTC on 31 March; it ends at midnight BST on 1 July.
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)), (period!.First, period.Last));
        Assert.Equal((new DateTimeOffset(2026, 3, 31, 23, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 30, 23, 0, 0, TimeSpan.Zero)), (period.Start, period.End));
        Assert.Equal(["2026-04-01..2026-04-30", "2026-05-01..2026-05-31", "2026-06-01..2026-06-30"],
            period.Months(London).Select(m => $"{m.First:yyyy-MM-dd}..{m.Last:yyyy-MM-dd}"));
    }

    [Fact]
    public void A_custom_period_ending_before_it_starts_is_refused_naming_the_from_field()
    {
        var (period, errors) = ReportingPeriod.Create("custom", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), new DateOnly(2026, 3, 1), London);
        Assert.Null(period);
        Assert.Equal([("period.from-after-to", "from", "The first day of the period must be on or before the last day.")], errors.Select(e => (e.Code, e.Path, e.Message)));
    }

    [Fact]
    public void A_custom_period_without_its_days_names_both_fields()
    {
        var (_, errors) = ReportingPeriod.Create("custom", new DateOnly(2026, 1, 1), null, null, London);
        Assert.Equal(["from", "to"], errors.Select(e => e.Path));
        Assert.Equal(["period"], ReportingPeriod.Create("fortnight", new DateOnly(2026, 1, 1), null, null, London).Errors.Select(e => e.Path));
    }

    [Fact]
    public void Percentiles_are_by_nearest_rank_and_shares_round_to_one_place()
    {
        Assert.Equal(5m, Percentiles.NearestRank([6m, 5m], 50));
        Assert.Equal(9m, Percentiles.NearestRank([1m, 2m, 3m, 4m, 5m, 6m, 7m, 8m, 9m, 10m], 90));
        Assert.Null(Percentiles.NearestRank([], 50));
        Assert.Equal(66.7m, Percentiles.Share(2, 3));
        Assert.Null(Percentiles.Share(0, 0));
    }
}
