using WorkflowEngine.Core.Measures;
using WorkflowEngine.Persistence.Tests.Scenarios;
using static WorkflowEngine.Persistence.Tests.Measures.DashboardScenario;

namespace WorkflowEngine.Persistence.Tests.Measures;

/// <summary>The monthly trends read in one go give exactly what asking month by month gives.</summary>
public abstract class DashboardTrendTests(DatabaseProvider provider)
{
    [Fact]
    public async Task The_monthly_trend_equals_each_month_asked_for_on_its_own()
    {
        await using var host = await EngineHost.StartAsync(Utc(2026, 3, 2, 9), provider: provider);
        await TwoMaceCasesAsync(host, Utc(2026, 4, 1, 10)); // B's first measure comes in April
        host.MoveTo(Utc(2026, 5, 4, 9));
        await OpenAsync(host, "LA-M");

        var now = Utc(2026, 5, 5, 9);
        var (spring, errors) = ReportingPeriod.Create("custom", new DateOnly(2026, 2, 15), new DateOnly(2026, 2, 15), new DateOnly(2026, 5, 31), London);
        Assert.Empty(errors);
        foreach (var filters in new[] { (Agency: (string?)null, Risk: (string?)null), ("police", null), (null, "significant"), ("health", null) })
        {
            var query = new DashboardQuery(spring!, now, new DateOnly(2026, 5, 5), filters.Agency, RiskLevel: filters.Risk,
                Only: new HashSet<string> { MeasureCatalogue.DisruptionShare, MeasureCatalogue.ReferralDecisionsInTime, MeasureCatalogue.NrmShare });
            var monthly = await host.Dashboard.GetMonthlyAsync(query, London);

            var months = spring!.Months(London).ToList();
            Assert.Equal(months, monthly.Select(m => m.Month));
            foreach (var (month, figures) in monthly)
            {
                var alone = await host.Dashboard.GetFiguresAsync(query with { Period = month });
                Assert.Equal(alone.Figures, figures.Figures);
                Assert.Equal(alone.Breakdowns, figures.Breakdowns);
            }
        }

        var all = await host.Dashboard.GetMonthlyAsync(new DashboardQuery(spring!, now, new DateOnly(2026, 5, 5),
            Only: new HashSet<string> { MeasureCatalogue.DisruptionShare }), London);
        Assert.Equal([null, 50.0m, 100.0m, 100.0m], all.Select(m => m.Figures[MeasureCatalogue.DisruptionShare].Value));
    }

    public sealed class OnSqlite() : DashboardTrendTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : DashboardTrendTests(DatabaseProvider.PostgreSql);
}
