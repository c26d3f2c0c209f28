using System.Text.Json.Nodes;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Panels;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Persistence.Tests.Scenarios;

namespace WorkflowEngine.Persistence.Tests.Panels;

/// <summary>
/// A MACE sitting on real dates and a real database: the agenda of 17 March 2026 (closing Friday 13
/// March), attendance, the discussion and actions, the chair's confirmation completing each case's
/// panel task through the engine, locked minutes, and a correction journalled as a new entry.
/// </summary>
public abstract class PanelSittingScenarioTests(DatabaseProvider provider)
{
    private static readonly DateOnly Sitting = new(2026, 3, 17);

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public async Task Confirmed_minutes_give_each_agency_its_action_as_a_disruption_task_and_lock_the_sitting()
    {
        await using var host = await EngineHost.StartAsync(Utc(3, 2, 9), provider: provider);
        var panels = host.Get<PanelService>();
        var (amir, bea) = (await ToMaceReferralAsync(host), await ToMaceReferralAsync(host));
        amir = await PutForwardAsync(host, amir, Utc(3, 12, 10));
        bea = await PutForwardAsync(host, bea, Utc(3, 12, 11));

        Assert.True((await panels.AddToAgendaAsync(Sitting, amir.Id, "coordinator")).Succeeded);
        Assert.True((await panels.AddToAgendaAsync(Sitting, bea.Id, "coordinator")).Succeeded);
        Assert.True((await panels.RecordAttendanceAsync(Sitting, "police", "DI Ravi Mistry (chair)", false, "coordinator")).Succeeded);
        Assert.True((await panels.RecordAttendanceAsync(Sitting, "education", "Priya Shah", false, "coordinator")).Succeeded);
        Assert.True((await panels.RecordAttendanceAsync(Sitting, "health", "Designated nurse", true, "coordinator")).Succeeded);

        // Before the sitting starts the minutes cannot be confirmed.
        var early = await panels.ConfirmMinutesAsync(Sitting, "chair");
        Assert.Equal((CommandStatus.NotAllowed, "minutes.before-sitting"), (early.Status, early.Errors[0].Code));

        // The panel sits at 10:00 GMT; each case moves to the MACE discussion by its timer.
        amir = await host.FireTimerAtAsync(amir, "panel-sits", Utc(3, 17, 10));
        bea = (await host.Cases.GetAsync(bea.Id))!;
        Assert.Equal("mace-discussion", bea.StageKey);
        host.Time.SetUtcNow(Utc(3, 17, 12));
        Assert.True((await panels.RecordDiscussionAsync(Sitting, amir.Id, "Seen with older males; missing twice.", "significant", "chair")).Succeeded);
        Assert.True((await panels.AddActionAsync(Sitting, amir.Id, "police", "Serve Child Abduction Warning Notices on the two adults.", new DateOnly(2026, 3, 31), "chair")).Succeeded);
        Assert.True((await panels.AddActionAsync(Sitting, amir.Id, "education", "Arrange a place at alternative provision.", new DateOnly(2026, 3, 27), "chair")).Succeeded);
        Assert.True((await panels.RecordDiscussionAsync(Sitting, bea.Id, null, "emerging", "chair")).Succeeded);
        var confirmed = await panels.ConfirmMinutesAsync(Sitting, "chair");

        Assert.True(confirmed.Succeeded, string.Join(" ", confirmed.Errors));
        amir = (await host.Cases.GetAsync(amir.Id))!;
        Assert.Equal("disruption-plan", amir.StageKey);
        Assert.Equal("significant", amir.Facts["riskLevel"]!.GetValue<string>());
        Assert.Equal(["education", "police"], amir.Tasks.Where(t => t.TaskKey == "disruption-action" && t.IsActive).Select(t => t.Agency).Order());
        // Each action's due date is its task's due time: the end of that working day (17:00 GMT on 27 March,
        // 17:00 BST on 31 March, after the clocks went forward). The chair's own agency's action is its own;
        // education's was passed to it by the police, who answer for it until education accepts it.
        var education = EngineHost.Active(amir, "disruption-action", "education");
        var police = EngineHost.Active(amir, "disruption-action", "police");
        Assert.Equal((Utc(3, 27, 17), "police"), (education.DueAt, education.HandoverFrom));
        Assert.Equal((Utc(3, 31, 16), (string?)null), (police.DueAt, police.HandoverFrom));
        // Its clock is armed for the reminder, a day before that due time.
        Assert.Equal(Utc(3, 26, 17), amir.Timers.Single(t => t.Kind == Core.Timers.TimerKind.TaskClock && t.TaskId == education.Id).DueAt);
        bea = (await host.Cases.GetAsync(bea.Id))!;
        // A case the panel agreed no action for is closed as "No MACE action", its risk level recorded.
        Assert.Equal(("closed-no-mace-action", "emerging"), (bea.StageKey, bea.Facts["riskLevel"]!.GetValue<string>()));
        Assert.DoesNotContain(bea.Tasks, t => t.IsActive);

        // The minutes are journalled with the task they complete, and the journal still verifies.
        var journal = await host.Cases.ReadJournalAsync(amir.Id);
        var minutes = Assert.Single(journal, e => e.Kind == "panel.minutes-confirmed");
        Assert.Equal(2, minutes.Data["actions"]!.AsArray().Count);
        Assert.Equal("chair", journal.Single(e => e.Kind == "task.completed" && e.Data["task"]!.GetValue<string>() == "mace-discussion").Actor);
        Assert.True((await host.Cases.VerifyJournalAsync(amir.Id))!.IsIntact);

        // Read back from the database: locked, with its attendance and actions.
        var stored = (await panels.GetAsync(Sitting))!;
        Assert.Equal((SittingStatus.Confirmed, "chair", Utc(3, 17, 12)), (stored.Status, stored.ConfirmedBy, stored.ConfirmedAt!.Value));
        Assert.Equal([false, false, true], stored.Attendance.Select(a => a.Apologies));
        Assert.Equal(["police", "education"], stored.Agenda.Single(i => i.CaseId == amir.Id).Actions.Select(a => a.Agency));
        var outcome = Assert.Single(await panels.OutcomesForCaseAsync(amir.Id));
        Assert.Equal(("significant", "chair", Utc(3, 17, 12)), (outcome.Item.AgreedRisk, outcome.Item.AgreedBy, outcome.Item.AgreedAt!.Value));
    }

    [Fact]
    public async Task Locked_minutes_refuse_changes_and_take_corrections_as_new_journalled_entries()
    {
        await using var host = await EngineHost.StartAsync(Utc(3, 2, 9), provider: provider);
        var panels = host.Get<PanelService>();
        var cara = await PutForwardAsync(host, await ToMaceReferralAsync(host), Utc(3, 12, 10));
        await panels.AddToAgendaAsync(Sitting, cara.Id, "coordinator");
        await panels.RecordAttendanceAsync(Sitting, "police", "DI Ravi Mistry (chair)", false, "coordinator");
        cara = await host.FireTimerAtAsync(cara, "panel-sits", Utc(3, 17, 10));
        host.Time.SetUtcNow(Utc(3, 17, 12));
        await panels.RecordDiscussionAsync(Sitting, cara.Id, "Discussed.", "significant", "chair");
        await panels.AddActionAsync(Sitting, cara.Id, "police", "Submit intelligence on the address.", new DateOnly(2026, 3, 24), "chair");
        Assert.True((await panels.ConfirmMinutesAsync(Sitting, "chair")).Succeeded);

        var changed = await panels.RecordDiscussionAsync(Sitting, cara.Id, "Rewritten.", "emerging", "chair");
        var again = await panels.ConfirmMinutesAsync(Sitting, "chair");
        var corrected = await panels.CorrectMinutesAsync(Sitting, cara.Id, "The address was 12 Mill Lane, not 21.", "chair");

        Assert.Equal((CommandStatus.NotAllowed, "minutes.locked"), (changed.Status, changed.Errors[0].Code));
        Assert.Equal((CommandStatus.NotAllowed, "minutes.locked"), (again.Status, again.Errors[0].Code));
        Assert.True(corrected.Succeeded, string.Join(" ", corrected.Errors));
        var stored = (await panels.GetAsync(Sitting))!;
        Assert.Equal("Discussed.", stored.Agenda[0].Notes);
        Assert.Equal("The address was 12 Mill Lane, not 21.", Assert.Single(stored.Corrections).Text);
        var entry = Assert.Single(await host.Cases.ReadJournalAsync(cara.Id), e => e.Kind == "panel.minutes-corrected");
        Assert.Equal(("chair", "The address was 12 Mill Lane, not 21."), (entry.Actor, entry.Data["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_agenda_refuses_a_case_referred_after_it_closed_and_actions_with_an_unknown_agency_or_a_past_due_date()
    {
        await using var host = await EngineHost.StartAsync(Utc(3, 2, 9), provider: provider);
        var panels = host.Get<PanelService>();
        var (onTime, late) = (await ToMaceReferralAsync(host), await ToMaceReferralAsync(host));
        onTime = await PutForwardAsync(host, onTime, Utc(3, 13, 16));
        late = await PutForwardAsync(host, late, Utc(3, 16, 9));

        var refused = await panels.AddToAgendaAsync(Sitting, late.Id, "coordinator");
        Assert.True((await panels.AddToAgendaAsync(Sitting, onTime.Id, "coordinator")).Succeeded);
        var unknown = await panels.AddActionAsync(Sitting, onTime.Id, "the-council", "Visit.", new DateOnly(2026, 3, 20), "chair");
        var past = await panels.AddActionAsync(Sitting, onTime.Id, "police", "Visit.", new DateOnly(2026, 3, 13), "chair");
        var noSitting = await panels.AddToAgendaAsync(new DateOnly(2026, 3, 18), onTime.Id, "coordinator");

        Assert.Equal((CommandStatus.Invalid, "$.caseId"), (refused.Status, refused.Errors[0].Path));
        Assert.Contains("after this sitting's agenda closed", refused.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal((CommandStatus.Invalid, "$.agency"), (unknown.Status, unknown.Errors[0].Path));
        Assert.Equal((CommandStatus.Invalid, "$.dueOn"), (past.Status, past.Errors[0].Path));
        Assert.Equal(CommandStatus.NotFound, noSitting.Status);
        Assert.Equal([late.Id], (await panels.CandidatesAsync((await panels.GetAsync(new DateOnly(2026, 3, 31)))!)).Select(c => c.CaseId));
        var stored = (await panels.GetAsync(Sitting))!;
        Assert.Equal([onTime.Id], stored.Agenda.Select(i => i.CaseId));
        Assert.Empty(stored.Agenda[0].Actions);
    }

    /// <summary>A referral opened now and screened to MACE.</summary>
    private static async Task<CaseState> ToMaceReferralAsync(EngineHost host)
    {
        var state = await host.OpenReferralAsync();
        state = await host.CompleteAsync(state, "decide-referral", "exploitation-screening", new JsonObject { ["decisionRationale"] = "Indicators of criminal exploitation." });
        state = await host.CompleteAsync(state, "screen-for-exploitation", "screened", new JsonObject
        {
            ["missingEpisodes"] = 3,
            ["carryingWeapons"] = true,
            ["olderOrControllingAssociates"] = true,
        });
        Assert.Equal("mace-referral", state.StageKey);
        return state;
    }

    /// <summary>The coordinator puts the case forward for the panel at <paramref name="at"/>.</summary>
    private static async Task<CaseState> PutForwardAsync(EngineHost host, CaseState state, DateTimeOffset at)
    {
        host.Time.SetUtcNow(at);
        state = await host.CompleteAsync(state, "add-to-mace-agenda", "added", []);
        Assert.Equal("awaiting-panel", state.StageKey);
        return state;
    }

    public sealed class OnSqlite() : PanelSittingScenarioTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : PanelSittingScenarioTests(DatabaseProvider.PostgreSql);
}
