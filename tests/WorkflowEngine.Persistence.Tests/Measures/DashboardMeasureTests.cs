using System.Text.Json.Nodes;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Persistence.Tests.Scenarios;
using static WorkflowEngine.Persistence.Tests.Measures.DashboardScenario;

namespace WorkflowEngine.Persistence.Tests.Measures;

/// <summary>
/// Known cases run through the engine on a real SQLite file with a FakeTimeProvider, and every
/// measure's exact value read back through <see cref="IDashboardQueries"/>.
/// </summary>
public abstract class DashboardMeasureTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_disruption_measure_recorded_after_the_period_does_not_count_in_it()
    {
        await using var host = await EngineHost.StartAsync(Utc(2026, 3, 2, 9), provider: provider); // Monday 2 March 2026
        var (a, b) = await TwoMaceCasesAsync(host, Utc(2026, 4, 1, 10)); // B's first measure comes after March

        var now = Utc(2026, 4, 2, 9);
        var march = await host.Dashboard.GetFiguresAsync(Month(2026, 3, now));
        Assert.Equal(new MeasureFigure(MeasureCatalogue.DisruptionShare, 50.0m, 1, 2), march[MeasureCatalogue.DisruptionShare]);
        Assert.Equal(new MeasureFigure(MeasureCatalogue.IntelligenceShare, 50.0m, 1, 2), march[MeasureCatalogue.IntelligenceShare]);
        Assert.Equal(new MeasureFigure(MeasureCatalogue.NrmShare, 50.0m, 1, 2), march[MeasureCatalogue.NrmShare]);
        Assert.Equal(new MeasureFigure(MeasureCatalogue.EducationKnownShare, 50.0m, 1, 2), march[MeasureCatalogue.EducationKnownShare]);
        Assert.Equal(2m, march[MeasureCatalogue.MeasuresRecorded].Value);
        Assert.Equal(
            [new("measures-by-type", "child-abduction-warning-notice", null, 1), new("measures-by-type", "intelligence-submission", null, 1)],
            march.Breakdowns.Where(r => r.Measure == "measures-by-type"));
        Assert.Equal([new BreakdownRow("measures-by-agency", "police", null, 2)], march.Breakdowns.Where(r => r.Measure == "measures-by-agency"));
        // Contact 09:00 and 10:00 on 2 March, discussion recorded 12:00 on 17 March: 15.125 and 15.083 days.
        Assert.Equal(new MeasureFigure(MeasureCatalogue.DaysToMaceMedian, 15.1m, null, 2), march[MeasureCatalogue.DaysToMaceMedian]);
        Assert.Equal(new MeasureFigure(MeasureCatalogue.ReferralDecisionsInTime, 100.0m, 2, 2), march[MeasureCatalogue.ReferralDecisionsInTime]);
        Assert.Equal(new MeasureFigure(MeasureCatalogue.ReReferrals, 0.0m, 0, 2), march[MeasureCatalogue.ReReferrals]);

        var april = await host.Dashboard.GetFiguresAsync(Month(2026, 4, now));
        Assert.Equal(new MeasureFigure(MeasureCatalogue.DisruptionShare, 100.0m, 2, 2), april[MeasureCatalogue.DisruptionShare]);
        Assert.Equal(new MeasureFigure(MeasureCatalogue.DaysToMaceMedian, null, null, 0), april[MeasureCatalogue.DaysToMaceMedian]);
        Assert.Equal([new BreakdownRow("measures-by-agency", "education", null, 1)], april.Breakdowns.Where(r => r.Measure == "measures-by-agency"));

        var behind = await host.Dashboard.GetCasesAsync(MeasureCatalogue.DisruptionShare, Month(2026, 3, now));
        Assert.Equal([(a.Id, (bool?)true), (b.Id, false)], behind.Select(c => (c.CaseId, c.Met)));
        Assert.Empty(await host.Dashboard.GetCasesAsync(MeasureCatalogue.DisruptionShare, Month(2026, 3, now, agency: "health")));
    }

    [Fact]
    public async Task A_decision_at_16_59_on_the_Friday_before_a_bank_holiday_is_within_one_working_day()
    {
        // Monday 25 May 2026 is the spring bank holiday; London is on BST (UTC+1).
        await using var host = await EngineHost.StartAsync(Utc(2026, 5, 21, 9), provider: provider); // Thursday 10:00 BST
        var c = await OpenAsync(host, "LA-C");
        var f = await OpenAsync(host, "LA-F");
        host.MoveTo(Utc(2026, 5, 22, 9)); // Friday 10:00 BST
        var e = await OpenAsync(host, "LA-E");
        host.MoveTo(Utc(2026, 5, 22, 15, 59)); // Friday 16:59 BST: in time
        await DecideAsync(host, c, "no-further-action");
        host.MoveTo(Utc(2026, 5, 22, 16, 1)); // Friday 17:01 BST: two minutes late
        await DecideAsync(host, f, "no-further-action");
        host.MoveTo(Utc(2026, 5, 22, 16, 30)); // Friday 17:30 BST: received on Tuesday, due Wednesday 17:00
        var d = await OpenAsync(host, "LA-D");
        host.MoveTo(Utc(2026, 5, 27, 8)); // Wednesday 09:00: E was due Tuesday 17:00 (Monday is a holiday)
        await DecideAsync(host, e, "no-further-action");
        host.MoveTo(Utc(2026, 5, 27, 15)); // Wednesday 16:00: D in time
        await DecideAsync(host, d, "no-further-action");

        var may = Month(2026, 5, Utc(2026, 5, 28, 9));
        Assert.Equal(new MeasureFigure(MeasureCatalogue.ReferralDecisionsInTime, 50.0m, 2, 4), (await host.Dashboard.GetFiguresAsync(may))[MeasureCatalogue.ReferralDecisionsInTime]);
        var behind = await host.Dashboard.GetCasesAsync(MeasureCatalogue.ReferralDecisionsInTime, may);
        Assert.Equal(new HashSet<(Guid, bool?)> { (c.Id, true), (f.Id, false), (e.Id, false), (d.Id, true) }, behind.Select(r => (r.CaseId, r.Met)).ToHashSet());
    }

    [Fact]
    public async Task An_escalation_still_open_counts_as_escalated_now_but_not_in_the_time_to_resolve()
    {
        await using var host = await EngineHost.StartAsync(Utc(2026, 3, 2, 9), provider: provider); // decisions due Tuesday 3 March 17:00 GMT
        var g = await OpenAsync(host, "LA-G");
        var h = await OpenAsync(host, "LA-H");
        host.MoveTo(Utc(2026, 3, 5, 17)); // level 1: 2 working days after the due time
        await host.Dispatcher.DispatchDueAsync();
        await host.Dispatcher.DispatchDueAsync();
        host.MoveTo(Utc(2026, 3, 6, 17));
        await DecideAsync(host, await ReloadAsync(host, h), "no-further-action"); // resolves H's escalation after 1 day

        var now = Utc(2026, 3, 6, 18);
        var march = await host.Dashboard.GetFiguresAsync(Month(2026, 3, now));
        Assert.Equal((1m, 1m, 1m), (march[MeasureCatalogue.OpenTasks].Value, march[MeasureCatalogue.OverdueTasks].Value, march[MeasureCatalogue.EscalatedTasks].Value));
        Assert.Equal([new BreakdownRow("tasks-by-agency-and-level", "childrens-social-care", 1, 1, 1, 1)],
            march.Breakdowns.Where(r => r.Measure == "tasks-by-agency-and-level"));
        Assert.Equal(new MeasureFigure(MeasureCatalogue.EscalationResolutionMedian, 1.0m, null, 1), march[MeasureCatalogue.EscalationResolutionMedian]);
        Assert.Equal([g.Id], (await host.Dashboard.GetCasesAsync(MeasureCatalogue.EscalatedTasks, Month(2026, 3, now))).Select(r => r.CaseId));
    }

    [Fact]
    public async Task Exclusions_count_school_days_out_and_provision_by_day_6_and_interviews_count_72_hours()
    {
        await using var host = await EngineHost.StartAsync(Utc(2026, 3, 2, 9), provider: provider); // Monday 2 March 2026
        var parent = await OpenAsync(host, "LA-X");
        var late = await TrackAsync(host, parent, "exclusion");
        var onTime = await TrackAsync(host, parent, "exclusion");
        var heldInTime = await TrackAsync(host, parent, "missing-episode");
        var heldLate = await TrackAsync(host, parent, "missing-episode");
        host.MoveTo(Utc(2026, 3, 2, 12));
        late = await host.CompleteAsync(late, "notify-council", "suspension-over-five-days", new JsonObject { ["exclusionDate"] = "2026-03-02", ["suspensionDays"] = 10 });
        onTime = await host.CompleteAsync(onTime, "notify-council", "permanent-exclusion", new JsonObject { ["exclusionDate"] = "2026-03-02" });
        host.MoveTo(Utc(2026, 3, 5, 8, 59)); // 71 hours 59 minutes after the track started
        await host.CompleteAsync(heldInTime, "hold-return-home-interview", "held", []);
        host.MoveTo(Utc(2026, 3, 5, 9, 1));
        await host.CompleteAsync(heldLate, "hold-return-home-interview", "held", []);
        host.MoveTo(Utc(2026, 3, 9, 12)); // day 6 is Monday 9 March
        await host.CompleteAsync(onTime, "arrange-alternative-provision", "in-place", new JsonObject { ["provisionStartDate"] = "2026-03-09" });
        await host.CompleteAsync(late, "arrange-school-provision", "in-place", new JsonObject { ["provisionStartDate"] = "2026-03-10" });
        host.MoveTo(Utc(2026, 3, 30, 9));
        await TrackAsync(host, parent, "missing-episode"); // still inside its 72 hours at the time asked

        var march = await host.Dashboard.GetFiguresAsync(Month(2026, 3, Utc(2026, 3, 31, 9)));
        // 2-6 and 9 March out before the 10th (6 days); 2-6 March before the 9th (5); nearest-rank median of {5, 6} is 5.
        Assert.Equal(new MeasureFigure(MeasureCatalogue.ExclusionDaysOutMedian, 5m, null, 2), march[MeasureCatalogue.ExclusionDaysOutMedian]);
        Assert.Equal(new MeasureFigure(MeasureCatalogue.ProvisionByDay6, 50.0m, 1, 2), march[MeasureCatalogue.ProvisionByDay6]);
        Assert.Equal(new MeasureFigure(MeasureCatalogue.ReturnInterviewsInTime, 50.0m, 1, 2), march[MeasureCatalogue.ReturnInterviewsInTime]);
    }

    [Fact]
    public async Task A_second_referral_of_the_same_child_within_365_days_is_a_re_referral()
    {
        await using var host = await EngineHost.StartAsync(Utc(2025, 1, 10, 9), provider: provider);
        await OpenAsync(host, "LA-Y");
        host.MoveTo(Utc(2025, 3, 1, 9));
        await OpenAsync(host, "LA-Z");
        host.MoveTo(Utc(2026, 2, 20, 9));
        var again = await OpenAsync(host, "la-z "); // the same reference, typed differently
        var later = await OpenAsync(host, "LA-Y"); // 406 days after the first

        var february = Month(2026, 2, Utc(2026, 2, 21, 9));
        Assert.Equal(new MeasureFigure(MeasureCatalogue.ReReferrals, 50.0m, 1, 2), (await host.Dashboard.GetFiguresAsync(february))[MeasureCatalogue.ReReferrals]);
        Assert.Equal(new HashSet<(Guid, bool?)> { (again.Id, true), (later.Id, false) },
            (await host.Dashboard.GetCasesAsync(MeasureCatalogue.ReReferrals, february)).Select(r => (r.CaseId, r.Met)).ToHashSet());
    }

    public sealed class OnSqlite() : DashboardMeasureTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : DashboardMeasureTests(DatabaseProvider.PostgreSql);
}
