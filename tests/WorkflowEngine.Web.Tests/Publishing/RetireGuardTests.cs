using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Tests.Api;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.Publishing;

/// <summary>Retiring cannot take the front door down: what a version in use needs stays published; publish and retire record why.</summary>
public sealed class RetireGuardTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public RetireGuardTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task Retiring_a_rule_set_that_a_workflow_in_use_reads_is_refused_with_409_and_the_list_of_what_uses_it()
    {
        var lead = await _app.As("chair.partnership");

        var problem = await (await lead.PostAsync("/api/rulesets/front-door-routing/versions/1/retire", new { reason = "Tidying up" }))
            .ProblemAsync(HttpStatusCode.Conflict);

        var problems = problem["problems"]!.AsArray();
        var entry = Assert.Single(problems)!;
        Assert.Equal("retire.rule-set-in-use", entry["code"]!.GetValue<string>());
        Assert.Matches(
            "^Workflow 'Child criminal exploitation referral' version 1 \\(starts new cases and \\d+ cases run on it\\) uses it to decide where cases go from stage 'Contact'\\.$",
            entry["message"]!.GetValue<string>());
        var versions = await (await lead.GetAsync("/api/rulesets/front-door-routing/versions")).JsonAsync();
        Assert.Equal("Published", versions[0]!["status"]!.GetValue<string>(), ignoreCase: true);
    }

    [Fact]
    public async Task Retiring_the_only_published_version_of_the_workflow_concerns_are_raised_on_is_refused()
    {
        var lead = await _app.As("chair.partnership");

        var problem = await (await lead.PostAsync("/api/workflows/cce-referral/versions/1/retire")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains(problem["problems"]!.AsArray(), p => p!["code"]!.GetValue<string>() == "retire.front-door");
    }

    [Fact]
    public async Task Retiring_a_workflow_that_another_workflow_in_use_starts_as_a_track_is_refused_naming_it()
    {
        var lead = await _app.As("chair.partnership");

        var problem = await (await lead.PostAsync("/api/workflows/nrm/versions/1/retire")).ProblemAsync(HttpStatusCode.Conflict);

        var entry = Assert.Single(problem["problems"]!.AsArray())!;
        Assert.Matches("^Workflow 'cce-referral' version 1 \\(starts new cases and \\d+ cases run on it\\) starts it as a linked track\\.$", entry["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Publishing_and_retiring_through_the_API_keep_the_reason_with_who_and_when()
    {
        var lead = await _app.As("lead.police");
        var content = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Core.Tests.RepositoryPaths.Rules, "disruption-plan-closure.json")))!;
        var draft = await (await lead.PostAsync("/api/rulesets/disruption-plan-closure/drafts", content)).JsonAsync(HttpStatusCode.Created);
        var version = draft["version"]!.GetValue<int>();

        await (await lead.PostAsync($"/api/rulesets/disruption-plan-closure/versions/{version}/publish", new { reason = "Same rules, new review" })).JsonAsync();
        await (await lead.PostAsync($"/api/rulesets/disruption-plan-closure/versions/{version}/retire", new { reason = "Back to the first version" })).JsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await lead.PostAsync("/api/rulesets/disruption-plan-closure/versions/1/retire", new { reason = new string('x', 2001) })).StatusCode);

        var history = await _app.Services.GetRequiredService<IVersionHistory>().ListAsync(DocumentKind.RuleSet, "disruption-plan-closure");
        Assert.Equal(
            [(version, VersionAction.Retired, "lead.police", "Back to the first version"), (version, VersionAction.Published, "lead.police", "Same rules, new review")],
            history.Take(2).Select(e => (e.Version, e.Action, e.Actor, e.Reason)).ToList());
        Assert.All(history.Take(2), e => Assert.Equal(_app.Time.GetUtcNow(), e.At));
    }

    [Fact]
    public async Task The_retire_page_shows_what_uses_the_rule_set_and_refuses_with_the_list_in_an_error_summary()
    {
        var lead = await _app.SignedInBrowserAsync("chair.partnership");
        const string path = "/library/rule-sets/front-door-routing/1/retire";

        var (status, confirm) = await lead.ReadAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["Retire version 1?"], PageClient.Headings(confirm));
        Assert.Contains("What this will change", confirm, StringComparison.Ordinal);
        Assert.Contains("&#x27;front-door-routing&#x27; will have no published version", confirm, StringComparison.Ordinal);

        var noReason = await lead.PostFormAsync(path, path, [new("reason", " ")]);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Enter why you are retiring this version", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var refused = await lead.PostFormAsync(path, path, [new("reason", "Not needed any more")]);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Matches("Workflow &#x27;Child criminal exploitation referral&#x27; version 1 \\(starts new cases and \\d+ cases run on it\\) uses it to decide where cases go from stage &#x27;Contact&#x27;\\.", html);
        Assert.Contains("Not needed any more</textarea>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_sets_page_lists_the_workflows_and_stages_that_use_it_and_a_workflows_page_counts_its_cases_by_stage()
    {
        var dsl = await _app.SignedInBrowserAsync("dsl.education");
        await dsl.RaiseConcernAsync("Casey Stone");
        var lead = await _app.SignedInBrowserAsync("chair.partnership");

        var ruleSet = (await lead.ReadAsync("/library/rule-sets/task-assignment/1")).Html;
        Assert.Contains("to choose who owns task &#x27;Exploitation screening&#x27; at stage &#x27;Exploitation screening&#x27;", ruleSet, StringComparison.Ordinal);

        var workflow = (await lead.ReadAsync("/library/workflows/cce-referral/1")).Html;
        Assert.Matches("<td class=\"govuk-table__cell\">Version 1</td>\\s*<td class=\"govuk-table__cell\">Front-door screening \\(MASH\\)</td>\\s*<td class=\"govuk-table__cell govuk-table__cell--numeric\">\\d+</td>", workflow);
        Assert.Contains("href=\"/library/workflows/cce-referral/1/file\"", workflow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_version_downloads_as_the_file_it_would_be_in_the_repository()
    {
        var api = await _app.As("practitioner.police");
        var response = await api.GetAsync("/api/workflows/cce-referral/versions/1/file");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("cce-referral.json", response.Content.Headers.ContentDisposition.FileName);
        var stored = await _app.Services.GetRequiredService<IDocumentReader>().GetAsync(DocumentKind.Workflow, "cce-referral", 1);
        Assert.Equal(stored!.Content.TrimEnd(), (await response.Content.ReadAsStringAsync()).TrimEnd());

        var lead = await _app.SignedInBrowserAsync("chair.partnership");
        var page = await lead.GetAsync(new Uri("/library/rule-sets/front-door-routing/1/file", UriKind.Relative));
        Assert.Equal("front-door-routing.json", page.Content.Headers.ContentDisposition!.FileName);
    }
}
