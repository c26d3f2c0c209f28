using System.Net;

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
        Assert.Contains(">Retire</button>", version, StringComparison.Ordinal);

        var validated = await lead.PostFormAsync("/library/workflows/cce-referral/1", "/library/workflows/cce-referral/1/validate", []);
        Assert.Equal(HttpStatusCode.OK, validated.StatusCode);
        Assert.Contains("No problems found.", await validated.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await lead.ReadAsync("/library/workflows/cce-referral/99")).Status);
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
