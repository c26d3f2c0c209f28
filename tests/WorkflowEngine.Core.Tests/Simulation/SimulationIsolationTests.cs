using System.Text.Json.Nodes;
using NSubstitute;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Simulation;
using WorkflowEngine.Core.Tests.Runtime;
using WorkflowEngine.Core.Versions;
using static WorkflowEngine.Core.Tests.Simulation.SimulationHarness;

namespace WorkflowEngine.Core.Tests.Simulation;

/// <summary>A simulation runs the draft it is given and writes nothing anywhere.</summary>
public sealed class SimulationIsolationTests
{
    [Fact]
    public async Task A_draft_that_differs_from_the_published_version_is_what_runs()
    {
        var harness = await StartAsync();
        var draft = JsonNode.Parse(CceReferral)!.AsObject();
        var decide = draft["stages"]![1]!["tasks"]![0]!;
        decide["title"] = "Decide within three days (draft)";
        decide["due"] = new JsonObject { ["workingDays"] = 3, ["from"] = "caseOpened" };

        var result = await harness.RunAsync(draft.ToJsonString(), []);

        var task = Assert.Single(result.OpenTasks);
        Assert.Equal(("Decide within three days (draft)", Utc(3, 5, 17)), (task.Title, task.DueAt));
        Assert.Contains(result.Log, l => l.Contains("(simulated as version 2)", StringComparison.Ordinal));
        Assert.Equal(1, (await harness.Documents.GetLatestPublishedAsync(DocumentKind.Workflow, "cce-referral"))!.Version);
        Assert.Single(await harness.Documents.ListVersionsAsync(DocumentKind.Workflow, "cce-referral"));
    }

    [Fact]
    public async Task The_live_case_store_is_never_touched()
    {
        // The live engine as the app wires it, beside the simulator over the same documents and rules.
        var harness = await StartAsync();
        var cases = Substitute.For<ICaseStore>();
        var live = new RuntimeHarness(cases);
        Assert.NotNull(live.Service);

        var result = await harness.RunAsync([], [.. ToDisruptionPlan(), new FireTimerStep("review-due"), new CompleteTaskStep("mace-review", "close", [])]);

        Assert.Null(result.Problem);
        Assert.Equal(CaseStatus.Closed, result.Status);
        Assert.Empty(cases.ReceivedCalls());
    }

    [Fact]
    public async Task An_invalid_workflow_or_unknown_fact_runs_nothing_and_names_each_problem()
    {
        var harness = await StartAsync();
        var broken = JsonNode.Parse(CceReferral)!.AsObject();
        broken["startStage"] = "nowhere";

        var invalid = await harness.RunAsync(broken.ToJsonString(), []);
        var badFact = await harness.RunAsync(new JsonObject { ["favouriteColour"] = "blue" });

        Assert.Contains(invalid.Errors, e => e.Path == "$.startStage");
        Assert.Empty(invalid.Path);
        Assert.Equal("$.facts.favouriteColour", Assert.Single(badFact.Errors).Path);
    }
}
