using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Tests.Runtime;

public sealed class TaskCommandTests
{
    [Fact]
    public async Task Completing_with_an_outcome_moves_the_case_creates_a_task_per_chosen_agency_and_starts_the_linked_track()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.OpenAsync();
        harness.Time.Advance(TimeSpan.FromHours(2));

        state = await harness.CompleteAsync(state, "screen-referral", "plan", RuntimeHarness.Screening("police", "education"));

        Assert.Equal("plan", state.StageKey);
        var active = state.Tasks.Where(t => t.IsActive).Select(t => (t.TaskKey, t.Agency, t.DueAt)).Order().ToList();
        Assert.Equal(
            [
                ("confirm-plan", "police", new DateTimeOffset(2026, 3, 5, 11, 0, 0, TimeSpan.Zero)),
                ("plan-action", "education", new DateTimeOffset(2026, 3, 16, 17, 0, 0, TimeSpan.Zero)),
                ("plan-action", "police", new DateTimeOffset(2026, 3, 16, 17, 0, 0, TimeSpan.Zero)),
            ],
            active);
        var tracks = await harness.Cases.ListByChildAsync(state.ChildId);
        var track = Assert.Single(tracks, c => c.WorkflowKey == "test-track");
        Assert.Equal(state.Id, track.ParentCaseId);
        Assert.Equal("interview", track.StageKey);
    }

    [Fact]
    public async Task Completing_with_an_unknown_outcome_and_a_missing_answer_names_both()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.OpenAsync();
        var task = state.Tasks.Single();

        var result = await harness.Service.CompleteTaskAsync(new CompleteTaskCommand(state.Id, task.Id, "maybe", [], "worker"));

        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.Equal(
            [
                ("$.outcome", "'maybe' is not an outcome of 'Screen the referral'. Choose one of: 'plan' (Make a plan), 'close' (Close)."),
                ("$.data.decisionRationale", "Answer 'Why this decision?'."),
            ],
            result.Errors.Select(e => (e.Path, e.Message)));
    }

    [Fact]
    public async Task Answers_of_the_wrong_kind_or_not_on_the_form_are_refused()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.OpenAsync();
        var task = state.Tasks.Single();
        var data = new JsonObject { ["decisionRationale"] = 42, ["disruptionAgencies"] = new JsonArray("police", "mi5"), ["extra"] = true };

        var result = await harness.Service.CompleteTaskAsync(new CompleteTaskCommand(state.Id, task.Id, "plan", data, "worker"));

        Assert.Equal(
            [
                ("$.data.extra", "'extra' is not a question on 'Screen the referral'."),
                ("$.data.decisionRationale", "'Why this decision?': enter text."),
                ("$.data.disruptionAgencies", "'Agencies with actions': 'mi5' is not one of the options."),
            ],
            result.Errors.Select(e => (e.Path, e.Message)));
    }

    [Fact]
    public async Task A_completed_task_cannot_be_completed_again_and_the_message_says_why()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.OpenAsync();
        var task = state.Tasks.Single();
        await harness.CompleteAsync(state, "screen-referral", "plan", RuntimeHarness.Screening("police"));

        var again = await harness.Service.CompleteTaskAsync(new CompleteTaskCommand(state.Id, task.Id, "plan", RuntimeHarness.Screening("police"), "worker"));

        Assert.Equal(CommandStatus.NotAllowed, again.Status);
        Assert.Equal("Task 'screen-referral' is already completed, so it cannot be completed; nothing more can be done with it.", Assert.Single(again.Errors).Message);
    }

    [Fact]
    public async Task A_claimed_task_cannot_be_claimed_again_and_the_message_lists_what_it_allows()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.OpenAsync();
        var task = state.Tasks.Single();
        Assert.True((await harness.Service.ClaimTaskAsync(state.Id, task.Id, "first")).Succeeded);

        var second = await harness.Service.ClaimTaskAsync(state.Id, task.Id, "second");

        Assert.Equal(
            "Task 'screen-referral' is claimed, so it cannot be claimed; it can only be released, completed, escalated, reassigned, cancelled.",
            Assert.Single(second.Errors).Message);
        Assert.Equal("first", (await harness.Service.GetAsync(state.Id))!.Tasks.Single().AssignedTo);
    }

    [Fact]
    public async Task A_disruption_plan_cannot_close_without_a_measure_or_a_reason_and_nothing_is_saved()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.CompleteAsync(await harness.OpenAsync(), "screen-referral", "plan", RuntimeHarness.Screening("police"));
        state = await harness.CompleteAsync(state, "plan-action", "done");
        var confirm = state.Tasks.Single(t => t.TaskKey == "confirm-plan");

        var refused = await harness.Service.CompleteTaskAsync(new CompleteTaskCommand(state.Id, confirm.Id, "confirmed", [], "chair"));

        Assert.Equal(CommandStatus.NotAllowed, refused.Status);
        Assert.Equal(
            "A disruption plan cannot close until at least one disruption measure is recorded, or the reason none was used.",
            Assert.Single(refused.Errors).Message);
        var stored = await harness.Service.GetAsync(state.Id);
        Assert.True(stored!.Tasks.Single(t => t.Id == confirm.Id).IsActive);
        Assert.Equal("plan", stored.StageKey);

        var closed = await harness.CompleteAsync(stored, "confirm-plan", "confirmed", new JsonObject { ["noMeasureReason"] = "The family moved out of area." });
        Assert.Equal((CaseStatus.Closed, "closed"), (closed.Status, closed.ClosureReason));
    }

    [Fact]
    public async Task Measures_recorded_by_several_agencies_accumulate_on_the_case()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.CompleteAsync(await harness.OpenAsync(), "screen-referral", "plan", RuntimeHarness.Screening("police", "education"));
        var measures = harness.Reference.GetChoiceList("disruption-measures")!.Where(m => m.Conditions is null).Select(m => m.Key).Take(2).ToList();

        foreach (var (agency, measure) in new[] { ("police", measures[0]), ("education", measures[1]) })
        {
            var task = state.Tasks.Single(t => t.TaskKey == "plan-action" && t.Agency == agency);
            var result = await harness.Service.CompleteTaskAsync(new CompleteTaskCommand(state.Id, task.Id, "done", new JsonObject { ["disruptionMeasures"] = new JsonArray(measure) }, agency));
            state = result.Value!;
        }

        Assert.Equal(measures, state.Facts["disruptionMeasures"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task With_no_agencies_chosen_the_plan_is_only_the_confirmation_task_and_completing_it_closes_the_case()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.CompleteAsync(await harness.OpenAsync(), "screen-referral", "plan", RuntimeHarness.Screening());
        var confirm = state.Tasks.Single(t => t.TaskKey == "confirm-plan");
        await harness.CompleteAsync(state, "confirm-plan", "confirmed", new JsonObject { ["noMeasureReason"] = "Not needed." });

        // With no agencies chosen, the confirm task alone made up the stage: the case closed.
        var closed = await harness.Service.GetAsync(state.Id);
        Assert.Equal(CaseStatus.Closed, closed!.Status);
        Assert.Equal(CaseTaskStatus.Completed, closed.Tasks.Single(t => t.Id == confirm.Id).Status);
    }

    [Fact]
    public async Task A_reassigned_task_moves_to_the_new_agency_and_the_journal_records_from_whom_and_why()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.OpenAsync();
        var task = state.Tasks.Single();

        var unknown = await harness.Service.Reassign.HandleAsync(new ReassignTaskCommand(state.Id, task.Id, "mi5", null, null, "Because.", "manager"));
        var moved = await harness.Service.Reassign.HandleAsync(new ReassignTaskCommand(state.Id, task.Id, "police", null, "pc.jones", "Police hold the intelligence.", "manager"));

        Assert.Equal("'mi5' is not an agency of the partnership.", Assert.Single(unknown.Errors).Message);
        var reassigned = moved.Value!.Tasks.Single();
        Assert.Equal(("police", "pc.jones", CaseTaskStatus.Open), (reassigned.Agency, reassigned.AssignedTo, reassigned.Status));
        var journal = await harness.Service.ReadJournalAsync(state.Id);
        var entry = journal[^2];
        Assert.Equal(("task.reassigned", "childrens-social-care", "Police hold the intelligence."),
            (entry.Kind, entry.Data["fromAgency"]!.GetValue<string>(), entry.Data["reason"]!.GetValue<string>()));
        // Passed to another agency, it awaits the police's acceptance; social care answers for it until then.
        Assert.Equal(("task.handover-offered", "childrens-social-care", "police"),
            (journal[^1].Kind, journal[^1].Data["fromAgency"]!.GetValue<string>(), journal[^1].Data["toAgency"]!.GetValue<string>()));
        Assert.Equal(("childrens-social-care", true), (reassigned.HandoverFrom, reassigned.AwaitsAcceptance));
    }

    [Fact]
    public async Task A_task_passed_back_to_its_sender_before_acceptance_is_no_longer_a_hand_over()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.OpenAsync();
        var task = state.Tasks.Single();
        await harness.Service.Reassign.HandleAsync(new ReassignTaskCommand(state.Id, task.Id, "police", null, null, "Police hold the intelligence.", "manager"));

        var back = await harness.Service.Reassign.HandleAsync(new ReassignTaskCommand(state.Id, task.Id, "childrens-social-care", "mash", null, "Sent in error.", "manager"));

        var returned = back.Value!.Tasks.Single();
        Assert.Equal(("childrens-social-care", (string?)null, false), (returned.Agency, returned.HandoverFrom, returned.AwaitsAcceptance));
    }
}
