using System.Text.Json.Nodes;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Persistence.Tests.Scenarios;

/// <summary>
/// The shipped screening on a real SQLite file: facts from practice (attendance, recent missing
/// episodes, county lines, arrests for supply), the score and the rule in the journal, and the NRM
/// prompt at screening, not repeated when the panel agrees a plan.
/// </summary>
public sealed class ScreeningScenarioTests
{
    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private static async Task<CaseState> ToScreeningAsync(EngineHost host)
    {
        var state = await host.OpenReferralAsync();
        host.MoveTo(Utc(3, 2, 11));
        return await host.CompleteAsync(state, "decide-referral", "exploitation-screening", new JsonObject { ["decisionRationale"] = "Indicators of criminal exploitation." });
    }

    [Fact]
    public async Task Attendance_of_85_percent_counts_as_persistent_absence_and_the_journal_shows_the_score_and_the_rule_that_set_the_risk()
    {
        await using var host = await EngineHost.StartAsync(Utc(3, 2, 9));
        var state = await ToScreeningAsync(host);

        host.MoveTo(Utc(3, 3, 10));
        state = await host.CompleteAsync(state, "screen-for-exploitation", "screened", new JsonObject
        {
            ["missingEpisodes"] = 2, ["missingEpisodesLast30Days"] = 1, ["attendancePercent"] = 85, ["linkedToCountyLine"] = true,
        });

        // 2 x 2 + 1 recent + 3 county line + 1 persistent absence = 9: significant, no NRM prompt (not looked after, no arrest).
        Assert.Equal("mace-referral", state.StageKey);
        Assert.Equal("significant", state.Facts["riskLevel"]!.GetValue<string>());
        var decision = (await host.Cases.ReadJournalAsync(state.Id)).Last(e => e.Kind == "rule.decided").Data;
        Assert.Equal(("exploitation-screening", "significant", "mace-referral"),
            (decision["ruleSet"]!.GetValue<string>(), decision["firedRule"]!.GetValue<string>(), decision["event"]!.GetValue<string>()));
        Assert.Equal(9, decision["values"]!["score"]!.GetValue<long>());
        Assert.False(decision["values"]!["considerNrm"]!.GetValue<bool>());
        Assert.True(decision["inputs"]!["facts"]!["persistentAbsence"]!.GetValue<bool>());
        Assert.False(decision["inputs"]!["facts"]!["severeAbsence"]!.GetValue<bool>());
        Assert.Single(await host.Get<ICaseStore>().ListByChildAsync(state.ChildId));
    }

    [Fact]
    public async Task A_looked_after_child_with_indicators_gets_an_NRM_consideration_at_screening_and_the_panel_does_not_open_a_second()
    {
        await using var host = await EngineHost.StartAsync(Utc(3, 2, 9));
        var state = await ToScreeningAsync(host);

        host.MoveTo(Utc(3, 3, 10));
        state = await host.CompleteAsync(state, "screen-for-exploitation", "screened", new JsonObject
        {
            ["missingEpisodes"] = 2, ["lookedAfter"] = true, ["olderOrControllingAssociates"] = true,
        });

        // 4 + 1 + 2 = 7: significant, and a looked-after child with indicators prompts the NRM now, not after MACE.
        Assert.Equal("mace-referral", state.StageKey);
        var fired = (await host.Cases.ReadJournalAsync(state.Id)).Last(e => e.Kind == "rule.decided").Data;
        Assert.Equal("significant-consider-nrm", fired["firedRule"]!.GetValue<string>());
        var nrm = Assert.Single(await host.Get<ICaseStore>().ListByChildAsync(state.ChildId), c => c.WorkflowKey == "nrm");
        Assert.Equal("make-nrm-referral", EngineHost.Active(nrm, "make-nrm-referral").TaskKey);
        Assert.Equal(Utc(3, 5, 17), EngineHost.Active(nrm, "make-nrm-referral").DueAt);

        host.MoveTo(Utc(3, 12, 10));
        state = await host.CompleteAsync(state, "add-to-mace-agenda", "added", []);
        state = await host.FireTimerAtAsync(state, "panel-sits", await host.TimerDueAsync(state, "panel-sits"));
        host.MoveTo(Utc(3, 17, 12));
        state = await host.CompleteAsync(state, "mace-discussion", "disruption-plan", new JsonObject
        {
            ["riskLevel"] = "significant", ["disruptionAgencies"] = new JsonArray("police"),
        });

        Assert.Equal("disruption-plan", state.StageKey);
        Assert.Single(await host.Get<ICaseStore>().ListByChildAsync(state.ChildId), c => c.WorkflowKey == "nrm");
        var skipped = (await host.Cases.ReadJournalAsync(state.Id)).Single(e => e.Kind == "track.already-open").Data;
        Assert.Equal((nrm.Id.ToString(), "nrm"), (skipped["caseId"]!.GetValue<string>(), skipped["workflow"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Once_the_first_responder_has_decided_the_panel_opens_a_fresh_NRM_consideration()
    {
        await using var host = await EngineHost.StartAsync(Utc(3, 2, 9));
        var state = await ToScreeningAsync(host);
        host.MoveTo(Utc(3, 3, 10));
        state = await host.CompleteAsync(state, "screen-for-exploitation", "screened", new JsonObject { ["missingEpisodes"] = 1, ["arrestedForDrugSupply"] = true });
        var nrm = Assert.Single(await host.Get<ICaseStore>().ListByChildAsync(state.ChildId), c => c.WorkflowKey == "nrm");
        await host.CompleteAsync(nrm, "make-nrm-referral", "referred", new JsonObject { ["nrmReferenceNumber"] = "NRM-2026-0042" });

        host.MoveTo(Utc(3, 12, 10));
        state = await host.CompleteAsync(state, "add-to-mace-agenda", "added", []);
        state = await host.FireTimerAtAsync(state, "panel-sits", await host.TimerDueAsync(state, "panel-sits"));
        host.MoveTo(Utc(3, 17, 12));
        state = await host.CompleteAsync(state, "mace-discussion", "disruption-plan", new JsonObject
        {
            ["riskLevel"] = "significant", ["disruptionAgencies"] = new JsonArray("police"),
        });

        // The first track waits for the Home Office's decision; it is not open at the first responder's step, but it is open.
        Assert.Single(await host.Get<ICaseStore>().ListByChildAsync(state.ChildId), c => c.WorkflowKey == "nrm");
    }
}
