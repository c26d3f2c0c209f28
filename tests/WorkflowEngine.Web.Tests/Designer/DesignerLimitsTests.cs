using System.Text.Json.Nodes;
using WorkflowEngine.Web.Tests.Api;
using static WorkflowEngine.Web.Tests.Designer.DesignerSession;

namespace WorkflowEngine.Web.Tests.Designer;

/// <summary>The designer's validate and simulate hold to the same number ranges as the live engine.</summary>
public sealed class DesignerLimitsTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public DesignerLimitsTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task Validating_a_workflow_with_a_number_field_without_a_range_names_the_field()
    {
        var designer = await OpenAsync(_app, "practitioner.police");
        var workflow = Shipped("cce-referral");
        var field = workflow["stages"]!.AsArray().SelectMany(s => s!["tasks"]?.AsArray() ?? [])
            .SelectMany(t => t!["form"]?.AsArray() ?? []).Single(f => f!["key"]!.GetValue<string>() == "missingEpisodes")!.AsObject();
        field.Remove("maximum");

        var report = await (await designer.PostAsync("/designer/workflows/validate", workflow)).JsonAsync();

        Assert.False(report["valid"]!.GetValue<bool>());
        Assert.Contains(report["errors"]!.AsArray(), e => e!["code"]!.GetValue<string>() == "field.no-range");
    }

    [Fact]
    public async Task Simulating_with_a_fact_out_of_range_is_a_400_naming_it_and_a_step_out_of_range_is_the_simulations_problem()
    {
        var designer = await OpenAsync(_app, "practitioner.police");

        await (await designer.PostAsync("/designer/workflows/simulate", new JsonObject
        {
            ["workflow"] = Shipped("cce-referral"),
            ["facts"] = new JsonObject { ["missingEpisodes"] = 2147483647 },
        })).InvalidAsync("$.facts.missingEpisodes");
        var stopped = await (await designer.PostAsync("/designer/workflows/simulate", new JsonObject
        {
            ["workflow"] = Shipped("cce-referral"),
            ["steps"] = new JsonArray(
                new JsonObject { ["kind"] = "complete", ["task"] = "decide-referral", ["outcome"] = "exploitation-screening", ["data"] = new JsonObject { ["decisionRationale"] = "Signs." } },
                new JsonObject { ["kind"] = "complete", ["task"] = "screen-for-exploitation", ["outcome"] = "screened", ["data"] = new JsonObject { ["missingEpisodes"] = -5 } }),
        })).JsonAsync();

        Assert.Contains("from 0 to 1,000", stopped["problem"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, stopped["problemStep"]!.GetValue<int>());
    }
}
