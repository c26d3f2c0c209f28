using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Migration;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Tests.Runtime;
using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Core.Tests.Migration;

/// <summary>The planner over real cases of the test referral workflow and a second version edited from it.</summary>
public sealed class CaseMigrationPlannerTests
{
    private static readonly Dictionary<string, string> NoMap = [];
    private static readonly IDueTimeCalculator Clock = new DueTimeCalculator(CalendarCatalogue.Load(RepositoryPaths.Reference).Catalogue!);

    [Fact]
    public async Task A_task_of_the_same_key_in_the_same_stage_is_kept_with_its_id_claim_and_due_time()
    {
        var harness = await RuntimeHarness.StartAsync();
        var opened = await harness.OpenAsync();
        var task = opened.Tasks.Single(t => t.TaskKey == "screen-referral");
        var state = (await harness.Service.ClaimTaskAsync(opened.Id, task.Id, "worker")).Value!;
        var next = Referral();
        next["name"] = "Test referral, corrected";

        var plan = Planner(harness).Plan(state, Compile(Referral(), 1), Compile(next, 2), NoMap, harness.Time.GetUtcNow());

        Assert.True(plan.CanMove);
        Assert.Equal(("screen", "screen"), (plan.StageBefore, plan.StageAfter));
        var kept = Assert.Single(plan.Kept);
        Assert.Equal((task.Id, "worker", task.DueAt), (kept.TaskId!.Value, kept.AssignedTo, kept.DueAt!.Value));
        Assert.Empty(plan.Cancelled);
        Assert.Empty(plan.Created);
        Assert.Empty(plan.Timers);
    }

    [Fact]
    public async Task A_task_the_new_stage_lacks_is_cancelled_and_the_new_stage_task_is_created_with_its_timers()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.OpenAsync();
        var old = state.Tasks.Single(t => t.TaskKey == "screen-referral");
        var next = Referral();
        var screenTask = Stage(next, "screen")["tasks"]![0]!.AsObject();
        screenTask["key"] = "screen-concern";
        screenTask["title"] = "Screen the concern";
        foreach (var transition in Stage(next, "screen")["transitions"]!.AsArray())
        {
            transition!["task"] = "screen-concern";
        }

        var plan = Planner(harness).Plan(state, Compile(Referral(), 1), Compile(next, 2), NoMap, harness.Time.GetUtcNow());

        Assert.True(plan.CanMove);
        Assert.Empty(plan.Kept);
        Assert.Equal(old.Id, Assert.Single(plan.Cancelled).TaskId);
        var created = Assert.Single(plan.Created);
        Assert.Equal(("screen-concern", "childrens-social-care", (Guid?)null), (created.TaskKey, created.Agency, created.TaskId));
        Assert.Contains(plan.Timers, t => t is { Change: MigrationTimerChangeKind.Removed, Kind: TimerKind.TaskClock, TaskKey: "screen-referral" });
        // The new task's clock is armed for its first deadline: the reminder a day before it falls due.
        Assert.Contains(plan.Timers, t => t.Change == MigrationTimerChangeKind.Added && t.Kind == TimerKind.TaskClock && t.TaskKey == "screen-concern"
            && t.DueAt == created.DueAt - new TimerOptions().ReminderBefore);
    }

    [Fact]
    public async Task A_stage_the_new_version_lacks_cannot_move_until_it_is_mapped()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.OpenAsync();
        var next = Referral();
        Stage(next, "screen")["key"] = "screening";
        Stage(next, "triage")["transitions"]![1]!["to"] = "screening";
        var (from, to) = (Compile(Referral(), 1), Compile(next, 2));

        var unmapped = Planner(harness).Plan(state, from, to, NoMap, harness.Time.GetUtcNow());
        var mapped = Planner(harness).Plan(state, from, to, new Dictionary<string, string> { ["screen"] = "screening" }, harness.Time.GetUtcNow());

        var why = Assert.Single(unmapped.Blockers);
        Assert.Equal(("migration.stage-unmapped", "$.stageMap.screen"), (why.Code, why.Path));
        Assert.Equal("Stage 'screen' is not in version 2. Choose the stage of version 2 its cases go to.", why.Message);
        Assert.Null(unmapped.StageAfter);
        Assert.True(mapped.CanMove);
        Assert.Equal("screening", mapped.StageAfter);
        Assert.Single(mapped.Kept);
    }

    [Fact]
    public async Task A_task_holding_data_the_new_form_does_not_know_stops_the_case_moving()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await AtPlanWithConfirmationDone(harness);
        var next = Referral();
        Stage(next, "plan")["tasks"]![1]!["form"] = new JsonArray();

        var plan = Planner(harness).Plan(state, Compile(Referral(), 1), Compile(next, 2), NoMap, harness.Time.GetUtcNow());

        var why = Assert.Single(plan.Blockers);
        Assert.Equal("migration.task-data-unknown", why.Code);
        Assert.Equal("Task 'Confirm the plan' holds 'noMeasureReason', which the form of version 2 does not have. Add the field to the new version or finish the case on its own version.", why.Message);
    }

    [Fact]
    public async Task Completed_tasks_of_the_stage_are_not_created_again_and_new_ones_are()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await AtPlanWithConfirmationDone(harness);
        var next = Referral();
        Stage(next, "plan")["tasks"]!.AsArray().Add(new JsonObject
        {
            ["key"] = "review-plan", ["title"] = "Review the plan", ["owner"] = new JsonObject { ["agency"] = "police" },
            ["due"] = new JsonObject { ["workingDays"] = 5 }, ["outcomes"] = new JsonArray(new JsonObject { ["key"] = "done", ["label"] = "Done" }),
        });

        var plan = Planner(harness).Plan(state, Compile(Referral(), 1), Compile(next, 2), NoMap, harness.Time.GetUtcNow());

        Assert.True(plan.CanMove);
        Assert.Equal(["plan-action", "plan-action"], plan.Kept.Select(t => t.TaskKey));
        Assert.Equal("review-plan", Assert.Single(plan.Created).TaskKey);
        var added = plan.Timers.Where(t => t.Change == MigrationTimerChangeKind.Added).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, t => Assert.Equal("review-plan", t.TaskKey));
    }

    [Fact]
    public async Task A_stage_mapped_to_a_final_stage_cannot_move()
    {
        var harness = await RuntimeHarness.StartAsync();
        var state = await harness.OpenAsync();

        var plan = Planner(harness).Plan(state, Compile(Referral(), 1), Compile(Referral(), 2), new Dictionary<string, string> { ["screen"] = "closed" }, harness.Time.GetUtcNow());

        Assert.Equal("migration.stage-final", Assert.Single(plan.Blockers).Code);
    }

    private static async Task<CaseState> AtPlanWithConfirmationDone(RuntimeHarness harness)
    {
        var state = await harness.OpenAsync();
        state = await harness.CompleteAsync(state, "screen-referral", "plan", RuntimeHarness.Screening("police", "education"));
        return await harness.CompleteAsync(state, "confirm-plan", "confirmed", new JsonObject { ["noMeasureReason"] = "Not needed yet." });
    }

    private static CaseMigrationPlanner Planner(RuntimeHarness harness) => new(new TimerPlanner(Clock, new TimerOptions(), harness.Reference), Clock);

    private static JsonObject Referral() => JsonNode.Parse(RuntimeHarness.Fixture("test-referral"))!.AsObject();

    private static JsonObject Stage(JsonObject workflow, string key) =>
        workflow["stages"]!.AsArray().Single(s => s!["key"]!.GetValue<string>() == key)!.AsObject();

    private static CompiledWorkflow Compile(JsonObject workflow, int version) =>
        new(JsonSerializer.Deserialize<WorkflowDefinition>(workflow.ToJsonString(), EngineJson.Options)!, version);
}
