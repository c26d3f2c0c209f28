using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Simulation;
using static WorkflowEngine.Core.Tests.Simulation.SimulationHarness;

namespace WorkflowEngine.Core.Tests.Simulation;

/// <summary>The simulator replays the shipped CCE referral as the real engine would run it.</summary>
public sealed class WorkflowSimulatorTests
{
    [Fact]
    public async Task A_referral_runs_from_contact_to_a_disruption_plan_with_the_owners_the_rules_choose()
    {
        var harness = await StartAsync();

        var result = await harness.RunAsync(new JsonObject { ["urgent"] = false }, ToDisruptionPlan());

        Assert.Null(result.Problem);
        Assert.Equal(
        [
            new("contact", "Contact", Monday, "start"),
            new("front-door", "Front-door screening (MASH)", Monday, "to-front-door"),
            new("exploitation-screening", "Exploitation screening", Monday, "screening"),
            new("mace-referral", "MACE referral", Monday, "to-mace"),
            new("awaiting-panel", "Waiting for the MACE panel", Monday, "added"),
            new("mace-discussion", "MACE discussion", Utc(3, 3, 10), "panel-sits"),
            new SimulatedStageVisit("disruption-plan", "Disruption plan", Utc(3, 3, 10), "plan"),
        ], result.Path);
        Assert.Equal(
            [("disruption-action", "police", null, Utc(3, 17, 17)), ("disruption-action", "education", null, Utc(3, 17, 17)),
             ("confirm-disruption-plan", "childrens-social-care", "mace-coordinator", Utc(3, 17, 17))],
            result.OpenTasks.Select(t => (t.Key, t.Agency, t.Role, t.DueAt)));
        // The last sitting within 12 weeks of 3 March is Tuesday 26 May; after the bank holiday on 25 May its agenda closes at 17:00 BST on Thursday 21 May.
        Assert.Equal([new SimulatedTimer("review-due", Utc(5, 21, 16))], result.Timers);
        Assert.Equal([new SimulatedTransition("early-review", "review")], result.ManualTransitions);
        Assert.Equal(CaseStatus.Open, result.Status);
        Assert.Contains(result.Log, l => l.Contains("Rule set 'exploitation-screening' version 1 decided 'mace-referral' (rule 'significant' fired, output \"significant\")", StringComparison.Ordinal));
        Assert.Contains(result.Log, l => l.Contains("Linked track 'nrm' started.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Screening_goes_to_the_police_when_the_police_referred()
    {
        var harness = await StartAsync();

        var result = await harness.RunAsync(new JsonObject { ["referrerAgency"] = "police" }, ToDisruptionPlan()[0]);

        var task = Assert.Single(result.OpenTasks);
        Assert.Equal(("screen-for-exploitation", "police", (string?)null, Utc(3, 4, 17)), (task.Key, task.Agency, task.Role, task.DueAt));
        Assert.Equal(["screened"], task.Outcomes.Select(o => o.Key));
    }

    [Fact]
    public async Task Immediate_risk_goes_straight_to_a_strategy_discussion()
    {
        var harness = await StartAsync();

        var result = await harness.RunAsync(new JsonObject { ["urgent"] = true });

        Assert.Equal(["contact", "strategy-discussion"], result.Path.Select(p => p.Stage));
        Assert.Equal("urgent", result.Path[1].Via);
        Assert.Equal(("childrens-social-care", "duty-and-assessment"), (result.OpenTasks[0].Agency, result.OpenTasks[0].Role));
    }

    [Fact]
    public async Task A_timer_step_moves_the_clock_to_the_timer_and_fires_every_clock_due_on_the_way()
    {
        var harness = await StartAsync();
        SimulationStep[] steps = [.. ToDisruptionPlan(), new FireTimerStep("review-due")];

        var result = await harness.RunAsync([], steps);

        Assert.Null(result.Problem);
        var review = result.Path[^1];
        Assert.Equal(("review", Utc(5, 21, 16), "review-due"), (review.Stage, review.At, review.Via));
        Assert.Equal(("mace-review", "police", "mace-chair"), (result.OpenTasks.Single().Key, result.OpenTasks.Single().Agency, result.OpenTasks.Single().Role));
        Assert.Contains(result.Log, l => l.Contains("Task 'disruption-action' is overdue.", StringComparison.Ordinal));
        Assert.Contains(result.Log, l => l.Contains("Task escalated to level 4", StringComparison.Ordinal));
        Assert.Contains(result.Log, l => l.Contains("Task 'disruption-action' cancelled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_step_that_cannot_apply_is_named_and_the_case_is_shown_as_it_was_before_it()
    {
        var harness = await StartAsync();

        var result = await harness.RunAsync([],
            new CompleteTaskStep("decide-referral", "exploitation-screening", new JsonObject { ["decisionRationale"] = "Signs." }),
            new CompleteTaskStep("screen-for-exploitation", "screened", new JsonObject { ["carryingWeapons"] = true }));

        Assert.Equal(
            "Step 2 (complete 'screen-for-exploitation' with 'screened'): Field 'missingEpisodes': Answer 'How many times has the child gone missing in the last 3 months?'.",
            result.Problem);
        Assert.Equal(1, result.ProblemStep);
        Assert.Equal("exploitation-screening", result.Path[^1].Stage);
        Assert.Equal("screen-for-exploitation", Assert.Single(result.OpenTasks).Key);
    }

    [Theory]
    [InlineData("no-such-task", "done", "Step 1 (complete 'no-such-task' with 'done'): the workflow has no task 'no-such-task'.")]
    [InlineData("mace-discussion", "no-mace-action", "Step 1 (complete 'mace-discussion' with 'no-mace-action'): task 'mace-discussion' is not open in stage 'Front-door screening (MASH)'. Open tasks: 'decide-referral' (childrens-social-care).")]
    [InlineData("decide-referral", "panic", "Step 1 (complete 'decide-referral' with 'panic'): 'panic' is not an outcome of 'Acknowledge and decide referral'. Choose one of: 'no-further-action' (No further action), 'early-help' (Early Help), 'section-17' (Section 17 child-in-need assessment), 'strategy-discussion' (Strategy discussion (section 47 route)), 'exploitation-screening' (Exploitation screening).")]
    public async Task Completing_a_task_that_is_not_there_or_with_an_outcome_it_lacks_is_a_problem(string task, string outcome, string problem)
    {
        var harness = await StartAsync();

        var result = await harness.RunAsync([], new CompleteTaskStep(task, outcome, new JsonObject { ["decisionRationale"] = "Because." }));

        Assert.Equal(problem, result.Problem);
        Assert.Equal(0, result.ProblemStep);
    }

    [Fact]
    public async Task A_timer_or_move_the_stage_lacks_is_a_problem_naming_what_it_has()
    {
        var harness = await StartAsync();

        var timer = await harness.RunAsync([], new FireTimerStep("panel-sits"));
        var move = await harness.RunAsync([], new MoveStep("early-review"));

        Assert.Equal("Step 1 (timer 'panel-sits'): stage 'Front-door screening (MASH)' has no timer 'panel-sits' waiting. Timers waiting: none.", timer.Problem);
        Assert.StartsWith("Step 1 (move along 'early-review'): Stage 'Front-door screening (MASH)' does not allow", move.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Steps_after_the_case_closed_are_a_problem()
    {
        var harness = await StartAsync();

        var result = await harness.RunAsync([],
            new CompleteTaskStep("decide-referral", "early-help", new JsonObject { ["decisionRationale"] = "Early Help fits." }),
            new MoveStep("early-review"));

        Assert.Equal(CaseStatus.Closed, result.Status);
        Assert.Equal("Step 2 (move along 'early-review'): the case is already closed (stage 'Closed: Early Help').", result.Problem);
        Assert.Empty(result.ManualTransitions);
    }
}
