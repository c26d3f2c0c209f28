using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Web.Tests.Api;
using static WorkflowEngine.Web.Tests.Designer.DesignerSession;

namespace WorkflowEngine.Web.Tests.Designer;

/// <summary>The designer's JSON endpoints: read, validate, simulate; cookie and anti-forgery, never bearer.</summary>
public sealed class DesignerApiTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public DesignerApiTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task The_workflow_comes_with_its_versions_content_and_what_it_may_refer_to()
    {
        var designer = await OpenAsync(_app, "practitioner.police");

        var body = (await (await designer.GetAsync("/designer/workflows/cce-referral")).JsonAsync()).AsObject();

        Assert.Equal(("cce-referral", false), (body["key"]!.GetValue<string>(), body["canEdit"]!.GetValue<bool>()));
        var version = body["versions"]!.AsArray().Single()!;
        Assert.Equal((1, "Published"), (version["version"]!.GetValue<int>(), version["status"]!.GetValue<string>()));
        Assert.Equal(version["createdAt"]!.GetValue<DateTimeOffset>(), version["publishedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(1, body["published"]!["version"]!.GetValue<int>());
        Assert.Equal(Shipped("cce-referral").ToJsonString(), body["published"]!["content"]!.ToJsonString());
        Assert.Null(body["draft"]);
        Assert.Contains(body["ruleSets"]!.AsArray(), r => r!["key"]!.GetValue<string>() == "front-door-routing" && r["version"]!.GetValue<int>() == 1);
        var socialCare = body["agencies"]!.AsArray().Single(a => a!["key"]!.GetValue<string>() == "childrens-social-care")!;
        Assert.Contains(socialCare["roles"]!.AsArray(), r => r!["key"]!.GetValue<string>() == "mace-coordinator" && r["name"]!.GetValue<string>() == "Mace coordinator");
        Assert.Equal(["england-and-wales", "england-school-terms"], body["calendars"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(["mace-panel"], body["panels"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Contains("disruption-measures", body["lists"]!.AsArray().Select(c => c!.GetValue<string>()));
        // The limits the workflow validator enforces, for the designer to state beside its boxes.
        var limits = body["limits"]!;
        Assert.Equal((100, 200, 2000), (limits["definitionKey"]!.GetValue<int>(), limits["definitionName"]!.GetValue<int>(), limits["definitionText"]!.GetValue<int>()));
        await (await designer.GetAsync("/designer/workflows/no-such-workflow")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task One_version_comes_with_its_status_and_content()
    {
        var designer = await OpenAsync(_app, "practitioner.police");

        var body = await (await designer.GetAsync("/designer/workflows/cce-referral/versions/1")).JsonAsync();

        Assert.Equal((1, "Published", "cce-referral"), (body["version"]!.GetValue<int>(), body["status"]!.GetValue<string>(), body["content"]!["key"]!.GetValue<string>()));
        await (await designer.GetAsync("/designer/workflows/cce-referral/versions/9")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Validation_gives_the_validators_errors_by_path_for_an_outcome_with_no_transition()
    {
        var designer = await OpenAsync(_app, "practitioner.police");
        var workflow = Shipped("cce-referral");
        workflow["stages"]![1]!["transitions"]!.AsArray().RemoveAt(1);

        var body = await (await designer.PostAsync("/designer/workflows/validate", workflow)).JsonAsync();

        Assert.False(body["valid"]!.GetValue<bool>());
        Assert.Contains(body["errors"]!.AsArray(), e => e!["code"]!.GetValue<string>() == "outcome.leads-nowhere"
            && e["path"]!.GetValue<string>() == "$.stages[1].tasks[0].outcomes[1]"
            && e["message"]!.GetValue<string>().StartsWith("Outcome 'early-help' of task 'decide-referral' leads nowhere.", StringComparison.Ordinal));
        Assert.True((await (await designer.PostAsync("/designer/workflows/validate", Shipped("cce-referral"))).JsonAsync())["valid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_practitioner_may_not_save_a_draft()
    {
        var designer = await OpenAsync(_app, "practitioner.police");

        var response = await designer.PostAsync("/designer/workflows/cce-referral/drafts", Shipped("cce-referral"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await designer.PostAsync("/designer/workflows/cce-referral/versions/1/retire")).StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_header_is_refused()
    {
        var designer = await OpenAsync(_app, "chair.partnership");

        var response = await designer.PostAsync("/designer/workflows/validate", Shipped("cce-referral"), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_endpoints_do_not_take_bearer_tokens_and_answer_401_not_a_redirect()
    {
        var api = await _app.As("chair.partnership");

        var response = await api.GetAsync("/designer/workflows/cce-referral");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_simulation_returns_the_path_the_owners_and_the_timers_and_opens_no_case()
    {
        var designer = await OpenAsync(_app, "practitioner.police");
        var before = await CountCasesAsync();
        var request = new JsonObject
        {
            ["workflow"] = Shipped("cce-referral"),
            ["facts"] = new JsonObject { ["urgent"] = false },
            ["steps"] = new JsonArray(
                new JsonObject { ["kind"] = "complete", ["task"] = "decide-referral", ["outcome"] = "exploitation-screening", ["data"] = new JsonObject { ["decisionRationale"] = "Signs." } },
                new JsonObject { ["kind"] = "complete", ["task"] = "screen-for-exploitation", ["outcome"] = "screened", ["data"] = new JsonObject { ["missingEpisodes"] = 5 } },
                new JsonObject { ["kind"] = "complete", ["task"] = "add-to-mace-agenda", ["outcome"] = "added" },
                new JsonObject { ["kind"] = "timer", ["transition"] = "panel-sits" }),
        };

        var body = await (await designer.PostAsync("/designer/workflows/simulate", request)).JsonAsync();

        Assert.Equal(["contact", "front-door", "exploitation-screening", "mace-referral", "awaiting-panel", "mace-discussion"],
            body["path"]!.AsArray().Select(p => p!["stage"]!.GetValue<string>()));
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.Zero), body["path"]![5]!["at"]!.GetValue<DateTimeOffset>());
        var task = body["openTasks"]!.AsArray().Single()!;
        Assert.Equal(("mace-discussion", "police", "mace-chair"), (task["key"]!.GetValue<string>(), task["agency"]!.GetValue<string>(), task["role"]!.GetValue<string>()));
        Assert.Equal(["disruption-plan", "no-mace-action"], task["outcomes"]!.AsArray().Select(o => o!["key"]!.GetValue<string>()));
        Assert.Empty(body["timers"]!.AsArray());
        Assert.Empty(body["manualTransitions"]!.AsArray());
        Assert.Equal("Open", body["status"]!.GetValue<string>());
        Assert.Null(body["problem"]);
        Assert.NotEmpty(body["log"]!.AsArray());
        Assert.Equal(before, await CountCasesAsync());
    }

    [Fact]
    public async Task A_step_that_cannot_apply_is_a_problem_in_the_answer_and_bad_input_is_a_400_naming_the_field()
    {
        var designer = await OpenAsync(_app, "practitioner.police");
        var stuck = new JsonObject
        {
            ["workflow"] = Shipped("cce-referral"),
            ["steps"] = new JsonArray(new JsonObject { ["kind"] = "complete", ["task"] = "decide-referral", ["outcome"] = "early-help" }),
        };
        var broken = Shipped("cce-referral");
        broken["startStage"] = "nowhere";

        var problem = await (await designer.PostAsync("/designer/workflows/simulate", stuck)).JsonAsync();
        await (await designer.PostAsync("/designer/workflows/simulate", new JsonObject { ["workflow"] = broken })).InvalidAsync("$.startStage");
        await (await designer.PostAsync("/designer/workflows/simulate", new JsonObject
        {
            ["workflow"] = Shipped("cce-referral"), ["steps"] = new JsonArray(new JsonObject { ["kind"] = "jump" }),
        })).InvalidAsync("$.steps[0].kind");
        await (await designer.PostAsync("/designer/workflows/simulate", new JsonObject())).InvalidAsync("$.workflow");

        Assert.Equal("Step 1 (complete 'decide-referral' with 'early-help'): Field 'decisionRationale': Answer 'Why this decision?'.", problem["problem"]!.GetValue<string>());
        Assert.Equal(0, problem["problemStep"]!.GetValue<int>());
        Assert.Equal("front-door", problem["path"]!.AsArray()[^1]!["stage"]!.GetValue<string>());
    }

    private async Task<int> CountCasesAsync()
    {
        using var scope = _app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<ICaseQueries>().SearchAsync(new CaseSearch(Take: 500))).Count;
    }
}
