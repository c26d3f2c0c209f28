using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Tests;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Tests.Api;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.RuleSets;

/// <summary>Publishing is gated by the examples, through the API and the library page; the bench and the shadow run.</summary>
public sealed class RuleSetExamplesTests : IClassFixture<WebAppFactory>
{
    private const string FailingMessage = "Example 'Score exactly 5 (one missing episode, carrying weapons) is significant' expected decision 'mace-referral' but got 'single-agency' (rule 'emerging' fired).";
    private readonly WebAppFactory _app;

    public RuleSetExamplesTests(WebAppFactory app) => _app = app;

    private static string Screening => File.ReadAllText(Path.Combine(RepositoryPaths.Rules, "exploitation-screening.json"));

    [Fact]
    public async Task Publishing_through_the_API_a_draft_whose_example_fails_is_refused_with_one_problem_per_failing_example()
    {
        var lead = await _app.As("lead.police");
        var raised = JsonNode.Parse(Screening.Replace("score >= 5", "score >= 6", StringComparison.Ordinal))!;
        var draft = await (await lead.PostAsync(ApiCalls.Path("/api/rulesets/exploitation-screening/drafts"), new StringContent(raised.ToJsonString(), Encoding.UTF8, "application/json"))).JsonAsync(HttpStatusCode.Created);
        var version = draft["version"]!.GetValue<int>();

        var problem = await (await lead.PostAsync($"/api/rulesets/exploitation-screening/versions/{version}/publish")).ProblemAsync(HttpStatusCode.BadRequest);

        var problems = problem["problems"]!.AsArray().Select(p => (p!["code"]!.GetValue<string>(), p["path"]!.GetValue<string>(), p["message"]!.GetValue<string>())).ToList();
        Assert.Equal(("example.fails", "$.examples[4]", FailingMessage), problems[0]);
        Assert.Equal(["$.examples[4]", "$.examples[13]", "$.examples[16]", "$.examples[17]", "$.examples[19]"], problems.Select(p => p.Item2));
        var versions = (await (await lead.GetAsync("/api/rulesets/exploitation-screening/versions")).JsonAsync()).AsArray();
        Assert.Equal("draft", versions[0]!["status"]!.GetValue<string>());
        Assert.DoesNotContain(versions, v => v!["status"]!.GetValue<string>() == "published" && v["version"]!.GetValue<int>() == version);

        var examples = await (await lead.GetAsync($"/api/rulesets/exploitation-screening/versions/{version}/examples")).JsonAsync();
        Assert.Equal("exploitation-screening", examples["ruleSet"]!.GetValue<string>());
    }

    [Fact]
    public async Task Publishing_from_the_library_page_a_rule_set_whose_example_fails_is_refused_with_the_failing_example_listed()
    {
        var publisher = _app.Services.GetRequiredService<DefinitionPublisher>();
        var draft = await publisher.SaveDraftAsync(DocumentKind.RuleSet, File.ReadAllText(Path.Combine(RepositoryPaths.Rules, "front-door-routing.json"))
            .Replace("\"facts.urgent == true\"", "\"facts.urgent == true || facts.referrerAgency == \\\"police\\\"\"", StringComparison.Ordinal), "chair.partnership");
        Assert.True(draft.Succeeded, string.Join(" ", draft.Errors));
        var path = $"/library/rule-sets/front-door-routing/{draft.Document!.Version}";
        var lead = await _app.SignedInBrowserAsync("chair.partnership");

        var refused = await lead.PostFormAsync(path + "/publish", path + "/publish", [new("reason", "Police referrals straight to strategy")]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("Example 'Police referrer with many indicators but no immediate risk goes to the front door' expected decision no decision but got 'strategy-discussion' (rule 'urgent-risk' fired).", html, StringComparison.Ordinal);
        var latest = await _app.Services.GetRequiredService<IDocumentStore>().GetLatestPublishedAsync(DocumentKind.RuleSet, "front-door-routing");
        Assert.NotEqual(draft.Document.Version, latest!.Version);
    }

    [Fact]
    public async Task A_practitioner_sees_the_bench_and_its_examples_with_no_save_tools_and_cannot_save()
    {
        var practitioner = await _app.SignedInBrowserAsync("practitioner.police");

        var (status, html) = await practitioner.ReadAsync("/library/rulesets/disruption-plan-closure/bench");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["Test bench: disruption-plan-closure"], PageClient.Headings(html));
        Assert.Contains("A plan without a measure or a reason cannot close", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains(">Try these facts</button>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Save as example", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/editor", html, StringComparison.Ordinal);
        var save = await practitioner.PostFormAsync("/library/rulesets/disruption-plan-closure/bench", "/library/rulesets/disruption-plan-closure/bench/save",
            [new("ExampleName", "Sneaky"), new("Expected", "true")]);
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
    }

    [Fact]
    public async Task A_lead_tries_facts_from_the_form_and_saves_them_as_an_example_kept_with_a_new_draft()
    {
        var lead = await _app.SignedInBrowserAsync("chair.partnership");
        const string bench = "/library/rulesets/task-assignment/bench";

        var tried = await lead.PostFormAsync(bench, bench + "/try", [new("TaskKey", "make-nrm-referral"), new("fact-referrerAgency", "youth-justice")]);
        var triedHtml = WebUtility.HtmlDecode(await tried.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, tried.StatusCode);
        Assert.Contains("childrens-social-care", triedHtml, StringComparison.Ordinal);
        Assert.Contains("✓ <strong>default-social-care</strong> (fired)", triedHtml, StringComparison.Ordinal);

        var unnamed = await lead.PostFormAsync(bench, bench + "/save", [new("TaskKey", "make-nrm-referral"), new("fact-referrerAgency", "youth-justice"), new("Expected", "police")]);
        Assert.Contains("Name the example for what it shows", await unnamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var saved = await lead.PostFormAsync(bench, bench + "/save",
            [new("TaskKey", "make-nrm-referral"), new("fact-referrerAgency", "youth-justice"), new("ExampleName", "Youth justice referrer: NRM to the police"), new("Expected", "police")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = WebUtility.HtmlDecode((await lead.ReadAsync(saved.Headers.Location!.OriginalString)).Html);
        Assert.Contains("Example 'Youth justice referrer: NRM to the police' was saved with the draft.", page, StringComparison.Ordinal);
        Assert.Contains("Example 'Youth justice referrer: NRM to the police' expected decision 'police' but got 'childrens-social-care' (rule 'default-social-care' fired).", page, StringComparison.Ordinal);
        var draft = (await _app.Services.GetRequiredService<IDocumentStore>().ListVersionsAsync(DocumentKind.RuleSet, "task-assignment"))[0];
        Assert.Equal(DocumentStatus.Draft, draft.Status);
        var example = JsonNode.Parse(draft.Examples!)!["examples"]!.AsArray().Last()!;
        Assert.Equal("""{"referrerAgency":"youth-justice"}""", example["facts"]!.ToJsonString());
        Assert.Equal("make-nrm-referral", example["task"]!["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_fact_form_names_a_number_that_is_not_one_beside_its_field()
    {
        var practitioner = await _app.SignedInBrowserAsync("practitioner.education");
        const string bench = "/library/rulesets/exploitation-screening/bench";

        var tried = await practitioner.PostFormAsync(bench, bench + "/try", [new("fact-missingEpisodes", "three")]);

        var html = await tried.Content.ReadAsStringAsync();
        Assert.Contains("href=\"#fact-missingEpisodes\"", html, StringComparison.Ordinal);
        Assert.Contains("Missing episodes in the last 3 months must be a whole number, like 3", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_shadow_page_runs_the_draft_over_a_period_and_offers_the_changed_decisions_as_CSV()
    {
        var publisher = _app.Services.GetRequiredService<DefinitionPublisher>();
        await ApiCalls.OpenConcernAsync(_app, "Shadow Child", new JsonObject { ["missingEpisodes"] = 4 });
        var draft = await publisher.SaveDraftAsync(DocumentKind.RuleSet, File.ReadAllText(Path.Combine(RepositoryPaths.Rules, "front-door-routing.json"))
            .Replace("\"facts.urgent == true\"", "\"facts.urgent == true || facts.missingEpisodes >= 4\"", StringComparison.Ordinal), "chair.partnership");
        Assert.True(draft.Succeeded);
        var lead = await _app.SignedInBrowserAsync("chair.partnership");
        var query = "?from-day=1&from-month=3&from-year=2026&to-day=2&to-month=3&to-year=2026";

        var (status, html) = await lead.ReadAsync("/library/rulesets/front-door-routing/shadow" + query);
        var csv = await lead.GetStringAsync(ApiCalls.Path("/library/rulesets/front-door-routing/shadow.csv" + query));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("would change.", html, StringComparison.Ordinal);
        Assert.Contains("Shadow Child", html, StringComparison.Ordinal);
        Assert.StartsWith("case reference,child,decided at,version,was,would be\r\n", csv, StringComparison.Ordinal);
        Assert.Contains(",Shadow Child,", csv, StringComparison.Ordinal);
        Assert.Contains(",no rule fired,strategy-discussion\r\n", csv, StringComparison.Ordinal);

        var practitioner = await _app.SignedInBrowserAsync("practitioner.youth-justice");
        var hidden = await practitioner.GetStringAsync(ApiCalls.Path("/library/rulesets/front-door-routing/shadow.csv" + query));
        Assert.DoesNotContain("Shadow Child", hidden, StringComparison.Ordinal);
        Assert.Contains(",no rule fired,strategy-discussion\r\n", hidden, StringComparison.Ordinal);
    }
}
