using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Persistence.Tests.Scenarios;
using static WorkflowEngine.Persistence.Tests.Measures.DashboardScenario;

namespace WorkflowEngine.Persistence.Tests.Measures;

/// <summary>
/// A database from before measure records were written (cases worked through the engine, then their
/// measure rows deleted by SQL) rebuilt by <see cref="WorkflowEngine.Core.Hosting.MeasureRebuilder"/> on a real SQLite file.
/// </summary>
public abstract class MeasureRebuildTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Rebuilding_a_database_without_measure_records_restores_exactly_the_rows_the_engine_wrote_and_a_second_run_does_nothing()
    {
        await using var host = await EngineHost.StartAsync(Utc(2026, 3, 2, 9), provider: provider); // Monday 2 March 2026
        var (a, b) = await TwoMaceCasesAsync(host, Utc(2026, 3, 20, 10));
        var exclusion = await TrackAsync(host, a, "exclusion");
        var missing = await TrackAsync(host, a, "missing-episode");
        var intelligence = await TrackAsync(host, b, "intelligence");
        host.MoveTo(Utc(2026, 3, 23, 10));
        exclusion = await host.CompleteAsync(exclusion, "notify-council", "suspension-over-five-days", new JsonObject { ["exclusionDate"] = "2026-03-23", ["suspensionDays"] = 15 });
        await host.CompleteAsync(missing, "hold-return-home-interview", "held", []);
        await host.CompleteAsync(intelligence, "record-intelligence-outcome", "actioned", new JsonObject
        {
            ["submittingAgency"] = "education", ["submittedBy"] = "Ms A. Teacher", ["intelligenceSummary"] = "Seen with older men.",
        });
        host.MoveTo(Utc(2026, 3, 31, 10));
        await host.CompleteAsync(exclusion, "arrange-school-provision", "in-place", new JsonObject { ["provisionStartDate"] = "2026-03-31" });
        await OpenAsync(host, "LA-A"); // a re-referral, still at the front door

        var written = await MeasureSnapshot.TakeAsync(host);
        var untouched = await MeasureSnapshot.UntouchedAsync(host);
        var march = Month(2026, 3, Utc(2026, 4, 1, 9));
        var figures = await host.Dashboard.GetFiguresAsync(march);
        await MeasureSnapshot.ForgetAllAsync(host);
        Assert.Equal(0, (await host.Dashboard.GetFiguresAsync(march))[MeasureCatalogue.DisruptionShare].Denominator);

        Assert.Equal(8, await host.Measures.RebuildMissingAsync(batchSize: 3));

        var rebuilt = await MeasureSnapshot.TakeAsync(host);
        Assert.Equal(8, rebuilt.Milestones.Count);
        Assert.Equal((1, 3, 2), (rebuilt.Education.Count, rebuilt.Disruption.Count, rebuilt.Intelligence.Count));
        Assert.Equal(written.Milestones, rebuilt.Milestones);
        Assert.Equal(written.Education, rebuilt.Education);
        Assert.Equal(written.Disruption, rebuilt.Disruption);
        Assert.Equal(written.Intelligence, rebuilt.Intelligence);
        Assert.Equal(untouched, await MeasureSnapshot.UntouchedAsync(host));
        Assert.Equal(figures.Figures, (await host.Dashboard.GetFiguresAsync(march)).Figures);

        Assert.Equal(0, await host.Measures.RebuildMissingAsync());
        Assert.Equal(written.Disruption, (await MeasureSnapshot.TakeAsync(host)).Disruption);
        Assert.Equal(untouched, await MeasureSnapshot.UntouchedAsync(host));
    }

    [Fact]
    public async Task A_case_with_a_disruption_plan_completed_gets_its_measures_back_once_not_twice()
    {
        await using var host = await EngineHost.StartAsync(Utc(2026, 3, 2, 9), provider: provider);
        var (a, _) = await TwoMaceCasesAsync(host, Utc(2026, 3, 20, 10));
        var written = await MeasureSnapshot.TakeAsync(host);

        // Only the milestones are missing: the rebuild replaces the disruption rows rather than adding to them.
        await MeasureSnapshot.ForgetMilestonesAsync(host);
        Assert.Equal(4, await host.Measures.RebuildMissingAsync());
        Assert.Equal(MeasureRebuild.Rebuilt, await host.Measures.RebuildAsync(a.Id));

        var rebuilt = await MeasureSnapshot.TakeAsync(host);
        Assert.Equal(written.Disruption, rebuilt.Disruption);
        Assert.Equal(written.Intelligence, rebuilt.Intelligence);
        await using var db = host.NewContext();
        Assert.Equal(2, await db.DisruptionMeasures.CountAsync(d => d.CaseId == a.Id));
        Assert.Equal(1, await db.IntelligenceSubmissions.CountAsync(s => s.CaseId == a.Id));
        var march = await host.Dashboard.GetFiguresAsync(Month(2026, 3, Utc(2026, 4, 1, 9)));
        Assert.Equal(3m, march[MeasureCatalogue.MeasuresRecorded].Value);
    }

    [Fact]
    public async Task A_case_that_does_not_exist_is_reported_and_nothing_is_written()
    {
        await using var host = await EngineHost.StartAsync(Utc(2026, 3, 2, 9), provider: provider);
        Assert.Equal(MeasureRebuild.CaseNotFound, await host.Measures.RebuildAsync(Guid.NewGuid()));
        Assert.True((await MeasureSnapshot.TakeAsync(host)).IsEmpty);
    }

    public sealed class OnSqlite() : MeasureRebuildTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : MeasureRebuildTests(DatabaseProvider.PostgreSql);
}
