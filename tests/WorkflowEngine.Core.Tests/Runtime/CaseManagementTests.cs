using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Tests.Runtime;

public sealed class CaseManagementTests
{
    [Fact]
    public async Task A_move_by_hand_the_stage_does_not_offer_is_refused_listing_what_it_does_allow()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.OpenAsync();

        var result = await harness.Service.MoveByHandAsync(state.Id, "close-by-hand", "Family moved away.", "manager");

        Assert.Equal(CommandStatus.NotAllowed, result.Status);
        Assert.Equal(
            "Stage 'Screening' does not allow moving the case by hand ('close-by-hand'). It allows: completing task 'screen-referral' with outcome 'close'; completing task 'screen-referral' with outcome 'plan'.",
            Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task A_move_by_hand_needs_a_reason_and_then_cancels_the_open_tasks()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.CompleteAsync(await harness.OpenAsync(), "screen-referral", "plan", RuntimeHarness.Screening("police"));

        var noReason = await harness.Service.MoveByHandAsync(state.Id, "close-by-hand", "", "manager");
        var moved = await harness.Service.MoveByHandAsync(state.Id, "close-by-hand", "Family moved out of the area.", "manager");

        Assert.Equal("Give a reason: it is recorded on the case for everyone who works it.", Assert.Single(noReason.Errors).Message);
        Assert.Equal((CaseStatus.Closed, "closed"), (moved.Value!.Status, moved.Value.ClosureReason));
        Assert.All(moved.Value.Tasks, t => Assert.False(t.IsActive));
        var journal = await harness.Service.ReadJournalAsync(state.Id);
        Assert.Contains(journal, e => e.Kind == "case.moved-by-hand" && e.Data["reason"]!.GetValue<string>() == "Family moved out of the area.");
    }

    [Fact]
    public async Task Closing_a_case_by_hand_cancels_its_tasks_and_then_refuses_further_work()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.OpenAsync();
        var task = state.Tasks.Single();

        var closed = await harness.Service.Close.HandleAsync(new CloseCaseCommand(state.Id, "Duplicate of an existing referral.", "manager"));
        var after = await harness.Service.ClaimTaskAsync(state.Id, task.Id, "worker");

        Assert.Equal((CaseStatus.Closed, "Duplicate of an existing referral."), (closed.Value!.Status, closed.Value.ClosureReason));
        Assert.Equal(CaseTaskStatus.Cancelled, closed.Value.Tasks.Single().Status);
        Assert.Equal(("case.closed", CommandStatus.NotAllowed), (Assert.Single(after.Errors).Code, after.Status));
    }

    [Fact]
    public async Task A_linked_track_is_started_by_hand_only_if_the_workflow_names_it()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.OpenAsync();

        var refused = await harness.Service.StartTrack.HandleAsync(new StartTrackCommand(state.Id, "test-referral", "Why not.", "worker"));
        var started = await harness.Service.StartTrack.HandleAsync(new StartTrackCommand(state.Id, "test-track", "Missing overnight on Friday.", "worker"));

        Assert.Equal("'test-referral' is not a linked track of 'Test referral'. Tracks it can start: test-track.", Assert.Single(refused.Errors).Message);
        Assert.Equal((state.ChildId, state.Id, "interview"), (started.Value!.ChildId, started.Value.ParentCaseId, started.Value.StageKey));
        Assert.Equal(2, (await harness.Cases.ListByChildAsync(state.ChildId)).Count);
    }

    [Fact]
    public async Task A_case_started_on_version_1_finishes_on_version_1_after_version_2_is_published()
    {
        var harness = await RuntimeHarness.StartAsync();
        var onVersion1 = await harness.OpenAsync();
        var version2 = RuntimeHarness.Fixture("test-referral")
            .Replace("\"title\": \"Screen the referral\"", "\"title\": \"Screen the referral (v2)\"", StringComparison.Ordinal)
            .Replace("{ \"key\": \"close\", \"label\": \"Close\" }", "{ \"key\": \"close\", \"label\": \"Close\" }, { \"key\": \"hold\", \"label\": \"Hold\" }", StringComparison.Ordinal)
            .Replace("\"outcome\": \"close\" }", "\"outcome\": \"close\" }, { \"key\": \"to-hold\", \"to\": \"closed\", \"trigger\": \"outcome\", \"task\": \"screen-referral\", \"outcome\": \"hold\" }", StringComparison.Ordinal);
        Assert.Equal(2, (await harness.Documents.PublishAsync(DocumentKind.Workflow, "test-referral", version2, "hash2", "lead")).Version);

        var onVersion2 = await harness.OpenAsync();
        var holdOnVersion1 = await harness.Service.CompleteTaskAsync(new CompleteTaskCommand(
            onVersion1.Id, onVersion1.Tasks.Single().Id, "hold", new JsonObject { ["decisionRationale"] = "Hold." }, "worker"));
        var closedOnVersion1 = await harness.CompleteAsync(onVersion1, "screen-referral", "close", new JsonObject { ["decisionRationale"] = "No concerns." });
        var holdOnVersion2 = await harness.Service.CompleteTaskAsync(new CompleteTaskCommand(
            onVersion2.Id, onVersion2.Tasks.Single().Id, "hold", new JsonObject { ["decisionRationale"] = "Hold." }, "worker"));

        Assert.Equal((1, "Screen the referral"), (onVersion1.WorkflowVersion, onVersion1.Tasks.Single().Title));
        Assert.Equal((2, "Screen the referral (v2)"), (onVersion2.WorkflowVersion, onVersion2.Tasks.Single().Title));
        Assert.Equal((1, CaseStatus.Closed), (closedOnVersion1.WorkflowVersion, closedOnVersion1.Status));
        Assert.True(holdOnVersion2.Succeeded);
        Assert.Equal(("outcome.unknown", CommandStatus.Invalid), (Assert.Single(holdOnVersion1.Errors).Code, holdOnVersion1.Status));
    }
}
