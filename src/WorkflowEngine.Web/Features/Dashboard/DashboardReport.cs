using WorkflowEngine.Core.Measures;

namespace WorkflowEngine.Web.Features.Dashboard;

/// <summary>The dashboard for a period: every figure and breakdown, and the trend measures month by month.</summary>
/// <param name="Query">What was asked.</param>
/// <param name="Figures">The period's figures.</param>
/// <param name="Trends">For each trend measure, its figure in each month of the period.</param>
public sealed record DashboardReport(DashboardQuery Query, DashboardFigures Figures, IReadOnlyList<(ReportingPeriod Month, DashboardFigures Figures)> Trends)
{
    /// <summary>The measures drawn as monthly trends: every measure counted over a period (not the "now" ones).</summary>
    public static IReadOnlyList<string> TrendMeasures { get; } = [.. MeasureCatalogue.All.Where(m => m.HasTrend).Select(m => m.Key)];

    /// <summary>Computes the report: the period, then the trend measures for each month.</summary>
    public static async Task<DashboardReport> BuildAsync(IDashboardQueries queries, DashboardQuery query, TimeZoneInfo timeZone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(query);
        var figures = await queries.GetFiguresAsync(query, cancellationToken);
        var trends = await queries.GetMonthlyAsync(query with { Only = TrendMeasures.ToHashSet() }, timeZone, cancellationToken);
        return new DashboardReport(query, figures, trends);
    }
}
