using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Persistence.Tests.Measures;

namespace WorkflowEngine.Persistence.Tests.Scenarios;

/// <summary>
/// Exclusions as the law has them, on the shipped workflow and the school-term calendar, in a real
/// database: school days count from the first day of the exclusion (not from when the school entered
/// it), skip the February half-term, and provision falls due at the start of the sixth school day,
/// arranged by the school for a long suspension and by the council for a permanent exclusion.
/// </summary>
public abstract class ExclusionScenarioTests(DatabaseProvider provider)
{
    private static DateTimeOffset Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_suspension_over_five_days_is_the_schools_to_provide_for_from_the_sixth_school_day_after_half_term()
    {
        await using var host = await EngineHost.StartAsync(Utc(2, 12, 9), provider: provider); // Thursday 12 February 2026
        var track = await DashboardScenario.TrackAsync(host, await DashboardScenario.OpenAsync(host, "LA-S"), "exclusion");
        host.MoveTo(Utc(2, 12, 15));

        // Suspended from Wednesday 11 February: 11, 12, 13, then half-term (16-20), 23, 24; day 6 is Wednesday 25 February.
        track = await host.CompleteAsync(track, "notify-council", "suspension-over-five-days", new JsonObject { ["exclusionDate"] = "2026-02-11", ["suspensionDays"] = 10 });

        var provision = EngineHost.Active(track, "arrange-school-provision");
        Assert.Equal(("school-provision", "education", "designated-safeguarding-lead"), (track.StageKey, provision.Agency, provision.Role));
        Assert.Equal(Utc(2, 25, 0), provision.DueAt); // midnight GMT: the start of the sixth school day
    }

    [Fact]
    public async Task A_permanent_exclusion_is_the_councils_and_a_short_suspension_brings_no_provision_duty()
    {
        await using var host = await EngineHost.StartAsync(Utc(2, 13, 9), provider: provider); // Friday 13 February 2026
        var parent = await DashboardScenario.OpenAsync(host, "LA-P");
        var permanent = await DashboardScenario.TrackAsync(host, parent, "exclusion");
        var brief = await DashboardScenario.TrackAsync(host, parent, "exclusion");
        host.MoveTo(Utc(2, 23, 10)); // entered on Monday 23 February, after half-term

        // Excluded from Thursday 12 February: 12, 13, then half-term, 23, 24, 25; day 6 is Thursday 26 February.
        permanent = await host.CompleteAsync(permanent, "notify-council", "permanent-exclusion", new JsonObject { ["exclusionDate"] = "2026-02-12" });
        brief = await host.CompleteAsync(brief, "notify-council", "suspension-five-days-or-fewer", new JsonObject { ["exclusionDate"] = "2026-02-12", ["suspensionDays"] = 2 });

        var provision = EngineHost.Active(permanent, "arrange-alternative-provision");
        Assert.Equal(("council-provision", "education", "alternative-provision"), (permanent.StageKey, provision.Agency, provision.Role));
        Assert.Equal(Utc(2, 26, 0), provision.DueAt);
        Assert.Equal((CaseStatus.Closed, "closed-short-suspension"), (brief.Status, brief.StageKey));
        Assert.DoesNotContain(brief.Tasks, t => t.IsActive);
    }

    [Fact]
    public async Task A_suspension_without_its_length_is_refused_naming_the_field()
    {
        await using var host = await EngineHost.StartAsync(Utc(2, 12, 9), provider: provider);
        var track = await DashboardScenario.TrackAsync(host, await DashboardScenario.OpenAsync(host, "LA-L"), "exclusion");
        var task = EngineHost.Active(track, "notify-council");

        var refused = await host.Cases.CompleteTaskAsync(new CompleteTaskCommand(track.Id, task.Id, "suspension-over-five-days", new JsonObject { ["exclusionDate"] = "2026-02-11" }, "worker@education"));

        Assert.Equal("$.data.suspensionDays", Assert.Single(refused.Errors).Path);
    }

    public sealed class OnSqlite() : ExclusionScenarioTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : ExclusionScenarioTests(DatabaseProvider.PostgreSql);
}
