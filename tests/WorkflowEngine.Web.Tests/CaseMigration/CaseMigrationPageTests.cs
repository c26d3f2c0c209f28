using System.Net;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.CaseMigration;

/// <summary>
/// The migration pages without JavaScript: a lead chooses the versions, sees the unmapped stage,
/// dry-runs, is refused without a reason or a mapping (errors beside the fields), then moves the cases.
/// </summary>
public sealed class CaseMigrationPageTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private const string Page = "/library/workflows/cce-referral/migrate";

    [Fact]
    public async Task A_lead_maps_the_stages_dry_runs_and_moves_the_cases_with_a_reason()
    {
        var (frontDoor, strategy) = await MigrationSetup.VersionTwoAsync(app);
        var lead = await app.SignedInBrowserAsync("chair.partnership");
        var chosen = Page + "?from=1&to=2";

        Assert.Contains($"href=\"{Page}\"", (await lead.ReadAsync("/library/workflows/cce-referral/2")).Html, StringComparison.Ordinal);
        var choose = await lead.ReadAsync(chosen);
        Assert.Equal(HttpStatusCode.OK, choose.Status);
        Assert.Contains("name=\"map[strategy-discussion]\"", choose.Html, StringComparison.Ordinal);

        var dryRun = await lead.PostFormAsync(chosen, Page + "/dry-run", [new("from", "1"), new("to", "2"), new("map[strategy-discussion]", ""), new("map[front-door]", "front-door")]);
        var dryRunHtml = await dryRun.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode);
        Assert.Contains("Stage &#x27;strategy-discussion&#x27; is not in version 2.", dryRunHtml, StringComparison.Ordinal);
        Assert.Contains("Check police records (police)", dryRunHtml, StringComparison.Ordinal);

        var noReason = await lead.PostFormAsync(chosen, Page, [new("from", "1"), new("to", "2"), new("map[strategy-discussion]", "strategy-meeting")]);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("<a href=\"#reason\">Give a reason: it is recorded on every case moved.</a>", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unmapped = await lead.PostFormAsync(chosen, Page, [new("from", "1"), new("to", "2"), new("map[strategy-discussion]", ""), new("reason", "Records check")]);
        Assert.Equal(HttpStatusCode.BadRequest, unmapped.StatusCode);
        Assert.Contains("<a href=\"#map-strategy-discussion\">", await unmapped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, (await Api.ApiCalls.CaseAsync(app, strategy))["workflowVersion"]!.GetValue<int>());

        var moved = await lead.PostFormAsync(chosen, Page, [new("from", "1"), new("to", "2"), new("map[strategy-discussion]", "strategy-meeting"), new("reason", "Records check")]);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Contains("moved to version 2</h1>", await moved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, (await Api.ApiCalls.CaseAsync(app, frontDoor))["workflowVersion"]!.GetValue<int>());
        Assert.Equal("strategy-meeting", (await Api.ApiCalls.CaseAsync(app, strategy))["stage"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("practitioner.police")]
    [InlineData("manager.police")]
    public async Task Practitioners_and_managers_are_sent_away(string user)
    {
        var client = await app.SignedInBrowserAsync(user);

        var response = await client.GetAsync(new Uri(Page + "?from=1&to=2", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
