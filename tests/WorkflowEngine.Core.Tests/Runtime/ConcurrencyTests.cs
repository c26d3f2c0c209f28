using System.Text.Json.Nodes;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime.Handlers;

namespace WorkflowEngine.Core.Tests.Runtime;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Two_people_completing_the_same_task_at_once_get_one_success_and_one_conflict()
    {
        var store = new RacingCaseStore(new InMemoryCaseStore());
        var harness = await RuntimeHarness.StartAsync(store);
        var state = await harness.OpenAsync();
        var task = state.Tasks.Single();
        store.HoldLoads(2);

        var results = await Task.WhenAll(
            harness.Service.CompleteTaskAsync(new CompleteTaskCommand(state.Id, task.Id, "close", new JsonObject { ["decisionRationale"] = "First." }, "first")),
            harness.Service.CompleteTaskAsync(new CompleteTaskCommand(state.Id, task.Id, "plan", RuntimeHarness.Screening("police"), "second")));

        Assert.Equal([CommandStatus.Succeeded, CommandStatus.Conflict], results.Select(r => r.Status).Order());
        var stored = await harness.Service.GetAsync(state.Id);
        var winner = results.Single(r => r.Succeeded).Value!.Tasks.Single(t => t.Id == task.Id);
        Assert.Equal(winner.Outcome, stored!.Tasks.Single(t => t.Id == task.Id).Outcome);
        Assert.Equal(stored.JournalSequence, (await harness.Service.ReadJournalAsync(state.Id)).Count);
    }

    [Fact]
    public async Task Two_people_completing_different_tasks_of_one_case_at_once_both_succeed()
    {
        var store = new RacingCaseStore(new InMemoryCaseStore());
        var harness = await RuntimeHarness.StartAsync(store);
        var state = await harness.CompleteAsync(await harness.OpenAsync(), "screen-referral", "plan", RuntimeHarness.Screening("police", "education"));
        var police = state.Tasks.Single(t => t.TaskKey == "plan-action" && t.Agency == "police");
        var education = state.Tasks.Single(t => t.TaskKey == "plan-action" && t.Agency == "education");
        store.HoldLoads(2);

        var results = await Task.WhenAll(
            harness.Service.CompleteTaskAsync(new CompleteTaskCommand(state.Id, police.Id, "done", [], "police")),
            harness.Service.CompleteTaskAsync(new CompleteTaskCommand(state.Id, education.Id, "done", [], "education")));

        Assert.All(results, r => Assert.True(r.Succeeded));
        var stored = await harness.Service.GetAsync(state.Id);
        Assert.Equal(2, stored!.Tasks.Count(t => t.TaskKey == "plan-action" && t.Outcome == "done"));
    }
}
