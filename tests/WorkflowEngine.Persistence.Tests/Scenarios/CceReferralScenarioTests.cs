using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Persistence.Tests.Scenarios;

/// <summary>
/// The seed's whole process on a real SQLite file: a contact driven through every stage of
/// <c>cce-referral.json</c> to closure, with each task's owner and due instant, each rule decision
/// in the journal, and a journal that verifies.
/// </summary>
public abstract class CceReferralScenarioTests(DatabaseProvider provider)
{
    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_concern_runs_from_contact_through_MACE_disruption_and_two_reviews_to_closure()
    {
        await using var host = await EngineHost.StartAsync(Utc(3, 2, 9), provider: provider); // Monday 2 March 2026, GMT
        var state = await ToDisruptionPlanAsync(host);
        var tracks = await host.Cases.ReadJournalAsync(state.Id);
        Assert.Contains(tracks, e => e.Kind == "track.started" && e.Data["workflow"]!.GetValue<string>() == "nrm");

        host.Time.SetUtcNow(Utc(3, 30, 10));
        state = await host.CompleteAsync(state, "disruption-action", "done", new JsonObject
        {
            ["disruptionMeasures"] = new JsonArray("child-abduction-warning-notice"),
            ["actionTaken"] = "CAWN served on two adults.",
        }, agency: "police");
        state = await host.CompleteAsync(state, "disruption-action", "done", new JsonObject
        {
            ["disruptionMeasures"] = new JsonArray("education-placement-change"),
            ["actionTaken"] = "Place at alternative provision agreed.",
        }, agency: "education");
        state = await host.CompleteAsync(state, "confirm-disruption-plan", "confirmed", []);
        Assert.Equal(["child-abduction-warning-notice", "education-placement-change"], state.Facts["disruptionMeasures"]!.AsArray().Select(n => n!.GetValue<string>()));

        // The plan is done, but the case stays on the plan until its review: the last sitting on or before
        // 12 weeks after the MACE discussion (Tuesday 17 March 12:00 UTC) is 9 June, whose agenda closes at
        // 17:00 BST on Friday 5 June; the case moves to review then.
        Assert.Equal("disruption-plan", state.StageKey);
        Assert.DoesNotContain(state.Tasks, t => t.IsActive);
        var reviewDue = await host.TimerDueAsync(state, "review-due");
        Assert.Equal(Utc(6, 5, 16), reviewDue);
        state = await host.FireTimerAtAsync(state, "review-due", reviewDue);

        // The review is at the next sitting, 9 June at 10:00 BST: 12 weeks after the discussion, not 14.
        Assert.Equal("review", state.StageKey);
        AssertTask(state, "mace-review", "police", "mace-chair", Utc(6, 9, 9));

        // The panel continues the plan: a new cycle of disruption actions and a new review clock.
        host.Time.SetUtcNow(Utc(6, 9, 11));
        state = await host.CompleteAsync(state, "mace-review", "continue", new JsonObject { ["reviewNotes"] = "Still going missing; continue." });
        Assert.Equal("disruption-plan", state.StageKey);
        Assert.Equal(6, state.Tasks.Count(t => t.StageKey == "disruption-plan"));
        AssertTask(state, "disruption-action", "police", null, Utc(6, 23, 16), filterAgency: "police");
        AssertTask(state, "disruption-action", "education", null, Utc(6, 23, 16), filterAgency: "education");
        AssertTask(state, "confirm-disruption-plan", "childrens-social-care", "mace-coordinator", Utc(6, 23, 16));
        // The last sitting within 12 weeks of 9 June is 1 September; with the bank holiday on 31 August its agenda closes on Thursday 27 August.
        Assert.Equal(Utc(8, 27, 16), await host.TimerDueAsync(state, "review-due"));

        // This time the plan is done early, so the coordinator brings the review forward by hand.
        host.Time.SetUtcNow(Utc(6, 16, 10));
        state = await host.CompleteAsync(state, "disruption-action", "done", new JsonObject
        {
            ["disruptionMeasures"] = new JsonArray("intelligence-submission"),
            ["actionTaken"] = "Intelligence submitted on the adults.",
        }, agency: "police");
        state = await host.CompleteAsync(state, "disruption-action", "done", new JsonObject { ["actionTaken"] = "Attending full time." }, agency: "education");
        state = await host.CompleteAsync(state, "confirm-disruption-plan", "confirmed", []);
        Assert.Equal("disruption-plan", state.StageKey);
        var early = await host.Cases.MoveByHandAsync(state.Id, "early-review", "Plan complete; bring the review forward.", "mace.coordinator");
        Assert.True(early.Succeeded, string.Join(" ", early.Errors));
        state = early.Value!;
        Assert.Equal("review", state.StageKey);
        AssertTask(state, "mace-review", "police", "mace-chair", Utc(6, 23, 9));
        Assert.DoesNotContain(state.Timers, t => t.TransitionKey == "review-due");

        host.Time.SetUtcNow(Utc(6, 23, 11));
        // Closing needs the police and children's social care to sign off (the joint sign-off tests say more).
        var review = EngineHost.Active(state, "mace-review");
        Assert.True((await host.Cases.SignOffTaskAsync(state.Id, review.Id, "police", "chair@police")).Succeeded);
        Assert.True((await host.Cases.SignOffTaskAsync(state.Id, review.Id, "childrens-social-care", "lead@csc")).Succeeded);
        state = await host.CompleteAsync(state, "mace-review", "close", []);
        Assert.Equal((CaseStatus.Closed, "closed"), (state.Status, state.ClosureReason));

        var journal = await host.Cases.ReadJournalAsync(state.Id);
        var decisions = journal.Where(e => e.Kind == "rule.decided").Select(e => (
            RuleSet: e.Data["ruleSet"]!.GetValue<string>(),
            Fired: e.Data["firedRule"]?.GetValue<string>() ?? e.Data["passed"]?.ToString())).ToList();
        Assert.Equal(
            [
                ("front-door-routing", null),
                ("task-assignment", "default-social-care"),
                // Every indicator is ticked, the child looked after and arrested for supply among them: an NRM consideration at screening.
                ("exploitation-screening", "experiencing-consider-nrm"),
                // The plan confirmed in each cycle, then the review brought forward: the same rule each time.
                ("disruption-plan-closure", "true"),
                ("disruption-plan-closure", "true"),
                ("disruption-plan-closure", "true"),
            ],
            decisions);
        Assert.All(journal.Where(e => e.Kind == "rule.decided"), e => Assert.Equal(1, e.Data["ruleSetVersion"]!.GetValue<int>()));
        Assert.Equal(
            ["panel-sits", "review-due"],
            journal.Where(e => e.Kind == "transition.fired" && e.Data["trigger"]!.GetValue<string>().StartsWith("timer:", StringComparison.Ordinal))
                .Select(e => e.Data["transition"]!.GetValue<string>()));
        Assert.True((await host.Cases.VerifyJournalAsync(state.Id))!.IsIntact);
        Assert.Equal(state.JournalSequence, journal.Count);
    }

    [Fact]
    public async Task A_plan_with_no_measure_and_no_reason_can_neither_be_confirmed_nor_bring_the_review_forward_but_the_review_timer_still_brings_it()
    {
        await using var host = await EngineHost.StartAsync(Utc(3, 2, 9), provider: provider);
        var state = await ToDisruptionPlanAsync(host);
        host.Time.SetUtcNow(Utc(3, 30, 10));
        foreach (var agency in new[] { "police", "education" })
        {
            state = await host.CompleteAsync(state, "disruption-action", "done", new JsonObject { ["actionTaken"] = "Visited." }, agency: agency);
        }

        // Confirming the plan asks the same rule as bringing the review forward; refused, nothing is saved.
        var confirm = state.Tasks.Single(t => t.TaskKey == "confirm-disruption-plan" && t.IsActive);
        var refused = await host.Cases.CompleteTaskAsync(new CompleteTaskCommand(state.Id, confirm.Id, "confirmed", [], "worker@childrens-social-care"));
        Assert.Equal(CommandStatus.Invalid, refused.Status);
        var unmet = Assert.Single(refused.Errors);
        Assert.Equal(("guard.unmet", "$.outcome"), (unmet.Code, unmet.Path));
        Assert.Contains("at least one disruption measure", unmet.Message, StringComparison.Ordinal);
        Assert.Equal(state.JournalSequence, (await host.Cases.GetAsync(state.Id))!.JournalSequence);

        var early = await host.Cases.MoveByHandAsync(state.Id, "early-review", "Plan complete.", "mace.coordinator");
        Assert.Equal(CommandStatus.NotAllowed, early.Status);
        Assert.Contains(early.Errors, e => e.Message.Contains("at least one disruption measure", StringComparison.Ordinal));

        state = await host.FireTimerAtAsync(state, "review-due", Utc(6, 5, 16));
        Assert.Equal("review", state.StageKey);
        AssertTask(state, "mace-review", "police", "mace-chair", Utc(6, 9, 9));
    }

    [Fact]
    public async Task The_review_timer_cancels_disruption_actions_still_open_and_their_escalations()
    {
        await using var host = await EngineHost.StartAsync(Utc(3, 2, 9), provider: provider);
        var state = await ToDisruptionPlanAsync(host);

        state = await host.FireTimerAtAsync(state, "review-due", Utc(6, 5, 16));

        Assert.Equal("review", state.StageKey);
        Assert.Equal(3, state.Tasks.Count(t => t.StageKey == "disruption-plan" && t.Status == CaseTaskStatus.Cancelled));

        // Undone since 31 March, each had climbed all four rungs by June; leaving the stage closed them.
        Assert.Equal(12, state.Escalations.Count);
        Assert.All(state.Escalations.Where(e => e.Level == 4), e => Assert.StartsWith("The task was cancelled", e.Resolution, StringComparison.Ordinal));
        Assert.DoesNotContain(state.Escalations, e => e.IsLive);
        var review = EngineHost.Active(state, "mace-review");
        Assert.All(state.Timers, t => Assert.Equal(review.Id, t.TaskId));
    }

    /// <summary>
    /// From contact to an agreed disruption plan, asserting each task's owner and due instant and the
    /// MACE panel timer on the way.
    /// </summary>
    /// <summary>Drives a new referral through front door, screening and MACE to its disruption plan.</summary>
    internal static async Task<CaseState> ToDisruptionPlanAsync(EngineHost host, ChildDetails? child = null)
    {
        var state = await host.OpenReferralAsync(child: child);

        // Front door: the MASH decides within 1 working day of receipt.
        Assert.Equal("front-door", state.StageKey);
        AssertTask(state, "decide-referral", "childrens-social-care", "mash", Utc(3, 3, 17));

        host.Time.SetUtcNow(Utc(3, 2, 11));
        state = await host.CompleteAsync(state, "decide-referral", "exploitation-screening", new JsonObject { ["decisionRationale"] = "Indicators of criminal exploitation." });
        Assert.Equal("exploitation-screening", state.StageKey);
        AssertTask(state, "screen-for-exploitation", "childrens-social-care", null, Utc(3, 4, 17));

        host.Time.SetUtcNow(Utc(3, 3, 10));
        state = await host.CompleteAsync(state, "screen-for-exploitation", "screened", await ScreeningAnswersAsync(host, state));
        Assert.Equal("mace-referral", state.StageKey);
        Assert.Equal("experiencing", state.Facts["riskLevel"]!.GetValue<string>());
        // Panels every other Tuesday; 17 March's agenda closes 2 working days before, on Friday 13 March.
        AssertTask(state, "add-to-mace-agenda", "childrens-social-care", "mace-coordinator", Utc(3, 13, 17));

        // On the agenda, the case waits for the panel with no task for anyone; it sits on Tuesday 17 March at 10:00 GMT.
        host.Time.SetUtcNow(Utc(3, 12, 10));
        state = await host.CompleteAsync(state, "add-to-mace-agenda", "added", []);
        Assert.Equal("awaiting-panel", state.StageKey);
        Assert.DoesNotContain(state.Tasks, t => t.IsActive);
        var panelStarts = await host.TimerDueAsync(state, "panel-sits");
        Assert.Equal(Utc(3, 17, 10), panelStarts);
        state = await host.FireTimerAtAsync(state, "panel-sits", panelStarts);

        // The chair records the panel's decision by the end of the next working day.
        Assert.Equal("mace-discussion", state.StageKey);
        AssertTask(state, "mace-discussion", "police", "mace-chair", Utc(3, 18, 17));

        host.Time.SetUtcNow(Utc(3, 17, 12));
        state = await host.CompleteAsync(state, "mace-discussion", "disruption-plan", new JsonObject
        {
            ["riskLevel"] = "significant",
            ["disruptionAgencies"] = new JsonArray("police", "education"),
        });
        Assert.Equal("disruption-plan", state.StageKey);
        // Ten working days from Tuesday 17 March ends on Tuesday 31 March, after the clocks go forward: 17:00 BST.
        AssertTask(state, "disruption-action", "police", null, Utc(3, 31, 16), filterAgency: "police");
        AssertTask(state, "disruption-action", "education", null, Utc(3, 31, 16), filterAgency: "education");
        AssertTask(state, "confirm-disruption-plan", "childrens-social-care", "mace-coordinator", Utc(3, 31, 16));
        return state;
    }

    [Fact]
    public async Task An_urgent_contact_goes_straight_to_a_strategy_discussion()
    {
        await using var host = await EngineHost.StartAsync(Utc(3, 2, 9), provider: provider);

        var state = await host.OpenReferralAsync(urgent: true);

        Assert.Equal("strategy-discussion", state.StageKey);
        AssertTask(state, "hold-strategy-discussion", "childrens-social-care", "duty-and-assessment", Utc(3, 5, 17));
    }

    [Fact]
    public async Task A_police_referral_is_screened_by_the_police()
    {
        await using var host = await EngineHost.StartAsync(Utc(3, 2, 9), provider: provider);
        var state = await host.OpenReferralAsync(referrerAgency: "police");

        state = await host.CompleteAsync(state, "decide-referral", "exploitation-screening", new JsonObject { ["decisionRationale"] = "Police intelligence." });

        Assert.Equal("police", EngineHost.Active(state, "screen-for-exploitation").Agency);
    }

    [Fact]
    public async Task Two_people_completing_the_same_task_on_SQLite_get_one_success_and_one_conflict()
    {
        await using var host = await EngineHost.StartAsync(Utc(3, 2, 9), provider: provider);
        var state = await host.OpenReferralAsync();
        var task = EngineHost.Active(state, "decide-referral");
        var data = new JsonObject { ["decisionRationale"] = "Seen." };

        // Both saw version 1 of the task (an ETag), so neither may overwrite the other.
        var results = await Task.WhenAll(
            host.Cases.CompleteTaskAsync(new CompleteTaskCommand(state.Id, task.Id, "early-help", data, "first", ExpectedTaskVersion: task.Version)),
            host.Cases.CompleteTaskAsync(new CompleteTaskCommand(state.Id, task.Id, "exploitation-screening", data, "second", ExpectedTaskVersion: task.Version)));

        Assert.Equal([CommandStatus.Succeeded, CommandStatus.Conflict], results.Select(r => r.Status).Order());
        var stored = await host.Cases.GetAsync(state.Id);
        Assert.Equal(2, stored!.Version);
        Assert.True((await host.Cases.VerifyJournalAsync(state.Id))!.IsIntact);
    }

    [Fact]
    public async Task A_case_started_on_version_1_finishes_on_version_1_after_version_2_is_published()
    {
        await using var host = await EngineHost.StartAsync(Utc(3, 2, 9), provider: provider);
        var before = await host.OpenReferralAsync();
        var current = (await host.Documents.GetLatestPublishedAsync(Core.Versions.DocumentKind.Workflow, "cce-referral"))!;
        var version2 = await host.Publisher.PublishAsync(Core.Versions.DocumentKind.Workflow,
            current.Content.Replace("\"Acknowledge and decide referral\"", "\"Decide the referral (v2)\"", StringComparison.Ordinal), "lead");
        Assert.True(version2.Succeeded, string.Join(" ", version2.Errors));

        var after = await host.OpenReferralAsync();
        var closed = await host.CompleteAsync(before, "decide-referral", "no-further-action", new JsonObject { ["decisionRationale"] = "No concerns." });

        Assert.Equal((1, "Acknowledge and decide referral"), (before.WorkflowVersion, EngineHost.Active(before, "decide-referral").Title));
        Assert.Equal((2, "Decide the referral (v2)"), (after.WorkflowVersion, EngineHost.Active(after, "decide-referral").Title));
        Assert.Equal((1, CaseStatus.Closed), (closed.WorkflowVersion, closed.Status));
    }

    private static void AssertTask(CaseState state, string taskKey, string owner, string? role, DateTimeOffset due, string? filterAgency = null)
    {
        var task = EngineHost.Active(state, taskKey, filterAgency);
        Assert.Equal((owner, role, due), (task.Agency, task.Role, task.DueAt));
    }

    /// <summary>Answers every question on the screening form as a strong indicator.</summary>
    internal static async Task<JsonObject> ScreeningAnswersAsync(EngineHost host, CaseState state)
    {
        var definition = (await host.Cases.GetWorkflowDefinitionAsync(state))!;
        var form = definition.Stages.SelectMany(s => s.Tasks).Single(t => t.Key == "screen-for-exploitation").Form;
        var answers = new JsonObject();
        foreach (var field in form)
        {
            answers[field.Key] = field.Type switch
            {
                Core.Definitions.FormFieldType.Boolean => true,
                Core.Definitions.FormFieldType.Integer or Core.Definitions.FormFieldType.Number => 4,
                Core.Definitions.FormFieldType.Text or Core.Definitions.FormFieldType.LongText => "Recorded at screening.",
                _ => null,
            };
        }

        return answers;
    }

    public sealed class OnSqlite() : CceReferralScenarioTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : CceReferralScenarioTests(DatabaseProvider.PostgreSql);
}
