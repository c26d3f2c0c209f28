using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Tests;

namespace WorkflowEngine.Web.Tests.Api;

/// <summary>The rule sets resource: list, versions, get, drafts, validate, publish and the test bench.</summary>
public sealed class RuleSetsApiTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public RuleSetsApiTests(WebAppFactory app) => _app = app;

    private static JsonObject Shipped(string key) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "rules", key + ".json")))!.AsObject();

    private static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");

    [Fact]
    public async Task The_test_bench_shows_the_decision_the_rule_that_fired_and_every_rules_result()
    {
        var client = await _app.As("practitioner.education");

        var decision = await (await client.PostAsync("/api/rulesets/exploitation-screening/evaluate", new
        {
            facts = new { missingEpisodes = 3, carryingWeapons = true, disclosure = true },
        })).JsonAsync();

        Assert.Equal("experiencing", decision["firedRule"]!.GetValue<string>());
        Assert.Equal("mace-referral", decision["decision"]!.GetValue<string>());
        Assert.Equal("experiencing", decision["output"]!.GetValue<string>());
        Assert.True(decision["rules"]!.AsArray().Count > 1);
        Assert.Equal(3, decision["inputs"]!["facts"]!["missingEpisodes"]!.GetValue<int>());
        Assert.False(decision["inputs"]!["facts"]!["foundOutOfArea"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_test_bench_refuses_unknown_facts_by_path_and_unknown_rule_sets_with_404()
    {
        var client = await _app.As("practitioner.education");

        await (await client.PostAsync("/api/rulesets/exploitation-screening/evaluate", new { facts = new { shoeSize = 5 } })).InvalidAsync("$.facts.shoeSize");
        await (await client.PostAsync("/api/rulesets/exploitation-screening/evaluate", new { facts = new { missingEpisodes = "three" } })).InvalidAsync("$.facts.missingEpisodes");
        await (await client.PostAsync("/api/rulesets/no-such-rules/evaluate", new { facts = new { } })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_lead_drafts_and_publishes_a_rule_set_and_the_bench_runs_the_new_version()
    {
        var lead = await _app.As("lead.police");
        var rules = Shipped("front-door-routing");
        rules["Rules"]![0]!["Expression"] = "facts.urgent == true || facts.disclosure == true";

        var draft = await (await lead.PostAsync(ApiCalls.Path("/api/rulesets/front-door-routing/drafts"), Json(rules))).JsonAsync(HttpStatusCode.Created);
        var version = draft["version"]!.GetValue<int>();
        await (await lead.PostAsync($"/api/rulesets/front-door-routing/versions/{version}/publish")).JsonAsync();
        var decision = await (await lead.PostAsync("/api/rulesets/front-door-routing/evaluate", new { facts = new { disclosure = true } })).JsonAsync();
        var versions = (await (await lead.GetAsync("/api/rulesets/front-door-routing/versions")).JsonAsync()).AsArray();

        Assert.Equal(version, decision["version"]!.GetValue<int>());
        Assert.Equal("strategy-discussion", decision["decision"]!.GetValue<string>());
        Assert.Equal(version, versions[0]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_rule_set_with_an_expression_outside_the_sandbox_is_refused_naming_the_rule()
    {
        var lead = await _app.As("lead.police");
        var rules = Shipped("front-door-routing");
        rules["Rules"]![0]!["Expression"] = "System.IO.File.Exists(\"/etc/passwd\")";

        var refused = await (await lead.PostAsync(ApiCalls.Path("/api/rulesets/front-door-routing/drafts"), Json(rules))).ProblemAsync(HttpStatusCode.BadRequest);
        var report = await (await lead.PostAsync(ApiCalls.Path("/api/rulesets/validate"), Json(rules))).JsonAsync();

        Assert.NotEmpty(refused["errors"]!.AsObject());
        Assert.False(report["valid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_practitioner_may_read_but_not_write_rule_sets()
    {
        var practitioner = await _app.As("practitioner.education");

        var list = (await (await practitioner.GetAsync("/api/rulesets")).JsonAsync()).AsArray();
        var one = await (await practitioner.GetAsync("/api/rulesets/task-assignment/versions/1")).JsonAsync();

        Assert.Contains(list, r => r!["key"]!.GetValue<string>() == "task-assignment");
        Assert.Equal("task-assignment", one["content"]!["WorkflowName"]!.GetValue<string>());
        await (await practitioner.PostAsync(ApiCalls.Path("/api/rulesets/task-assignment/drafts"), Json(Shipped("task-assignment")))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await practitioner.PostAsync("/api/rulesets/task-assignment/versions/1/retire")).ProblemAsync(HttpStatusCode.Forbidden);
    }
}
