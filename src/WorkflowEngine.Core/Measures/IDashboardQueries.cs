namespace WorkflowEngine.Core.Measures;

/// <summary>The partnership's measures, computed from the measure records and the live tasks. Implemented by the persistence layer.</summary>
public interface IDashboardQueries
{
    /// <summary>Every figure (or those in <see cref="DashboardQuery.Only"/>) and the breakdowns for the period.</summary>
    Task<DashboardFigures> GetFiguresAsync(DashboardQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The figures of the measures in <see cref="DashboardQuery.Only"/> (every measure when null) for
    /// each calendar month of the period (<see cref="ReportingPeriod.Months"/>), oldest first: the
    /// same values as asking <see cref="GetFiguresAsync"/> month by month, for the dashboard's trends.
    /// </summary>
    Task<IReadOnlyList<(ReportingPeriod Month, DashboardFigures Figures)>> GetMonthlyAsync(DashboardQuery query, TimeZoneInfo timeZone,
        CancellationToken cancellationToken = default);

    /// <summary>The cases behind one measure's figure, oldest first (at most <paramref name="take"/>).</summary>
    /// <exception cref="KeyNotFoundException">The measure is not in <see cref="MeasureCatalogue"/>.</exception>
    Task<IReadOnlyList<MeasureCase>> GetCasesAsync(string measureKey, DashboardQuery query, int take = 1000, CancellationToken cancellationToken = default);
}
