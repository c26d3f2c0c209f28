using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Web.Tests.Pages;

/// <summary>The leads' library of workflows and rule sets.</summary>
public sealed class LibraryPageTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public LibraryPageTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task A_lead_sees_the_versions_and_a_versions_JSON_and_diagram_and_validates_it()
    {
        var lead = await _app.SignedInBrowserAsync("chair.partnership");

        var (status, library) = await lead.ReadAsync("/library");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["Workflows and rules"], PageClient.Headings(library));
        Assert.Contains("href=\"/library/workflows/cce-referral/1\"", library, StringComparison.Ordinal);
        Assert.Contains("/library/rule-sets/", library, StringComparison.Ordinal);

        var (versionStatus, version) = await lead.ReadAsync("/library/workflows/cce-referral/1");
        Assert.Equal(HttpStatusCode.OK, versionStatus);
        Assert.Equal(["cce-referral version 1"], PageClient.Headings(version));
        Assert.Contains("stateDiagram-v2", version, StringComparison.Ordinal);
        Assert.Contains("&quot;startStage&quot;", version, StringComparison.Ordinal);
        Assert.Contains("href=\"/library/workflows/cce-referral/1/retire\"", version, StringComparison.Ordinal);

        var validated = await lead.PostFormAsync("/library/workflows/cce-referral/1", "/library/workflows/cce-referral/1/validate", []);
        Assert.Equal(HttpStatusCode.OK, validated.StatusCode);
        Assert.Contains("No problems found.", await validated.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await lead.ReadAsync("/library/workflows/cce-referral/99")).Status);
    }

    [Fact]
    public async Task A_lead_publishes_a_draft_as_a_new_version_and_retires_it()
    {
        var publisher = _app.Services.GetRequiredService<DefinitionPublisher>();
        var content = await File.ReadAllTextAsync(Path.Combine(WorkflowEngine.Core.Tests.RepositoryPaths.Root, "rules", "disruption-plan-closure.json"));
        var draft = await publisher.SaveDraftAsync(DocumentKind.RuleSet, content, "chair.partnership");
        Assert.True(draft.Succeeded, string.Join(" ", draft.Errors.Select(e => e.Message)));
        var path = $"/library/rule-sets/{draft.Document!.Key}/{draft.Document.Version}";
        var lead = await _app.SignedInBrowserAsync("chair.partnership");
        Assert.Contains($"href=\"{path}/publish\"", (await lead.ReadAsync(path)).Html, StringComparison.Ordinal);
        Assert.Contains("Draft</strong>", (await lead.ReadAsync("/library")).Html, StringComparison.Ordinal);

        var published = await lead.PostFormAsync(path + "/publish", path + "/publish", [new("reason", "Closure guard tightened")]);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var publishedPath = published.Headers.Location!.OriginalString;
        var page = (await lead.ReadAsync(publishedPath)).Html;
        Assert.Contains("<dd class=\"govuk-summary-list__value\">Published</dd>", page, StringComparison.Ordinal);

        var retired = await lead.PostFormAsync(publishedPath + "/retire", publishedPath + "/retire", [new("reason", "Went back to version 1")]);
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        Assert.Contains("<dd class=\"govuk-summary-list__value\">Retired</dd>", (await lead.ReadAsync(publishedPath)).Html, StringComparison.Ordinal);
        var again = await lead.PostFormAsync(publishedPath + "/retire", publishedPath + "/retire", [new("reason", "Again")]);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("only a published version can be retired.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var history = (await lead.ReadAsync(publishedPath)).Html;
        Assert.Contains("Closure guard tightened", history, StringComparison.Ordinal);
        Assert.Contains("Went back to version 1", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_what_is_not_a_draft_is_refused_with_the_reason_on_the_page()
    {
        var lead = await _app.SignedInBrowserAsync("chair.partnership");
        const string path = "/library/workflows/cce-referral/1";

        var refused = await lead.PostFormAsync(path + "/publish", path + "/publish", [new("reason", "Try")]);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("only a draft can be published.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.PostFormAsync(path, "/library/workflows/cce-referral/99/retire", [new("reason", "Try")])).StatusCode);
    }

    [Theory]
    [InlineData("practitioner.police")]
    [InlineData("manager.police")]
    public async Task Practitioners_and_managers_are_sent_away_from_the_library(string user)
    {
        var client = await _app.SignedInBrowserAsync(user);

        var response = await client.GetAsync(new Uri("/library", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
