using System.Net;

namespace WorkflowEngine.Web.Tests.Api;

/// <summary>Reference data: agencies, choice lists, the fact catalogue.</summary>
public sealed class ReferenceApiTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public ReferenceApiTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task Agencies_lists_and_facts_are_served_to_anyone_signed_in()
    {
        var client = await _app.As("practitioner.voluntary-sector");

        var agencies = (await (await client.GetAsync("/api/agencies")).JsonAsync()).AsArray();
        var reasons = (await (await client.GetAsync("/api/lists/extension-reasons")).JsonAsync()).AsArray();
        var facts = (await (await client.GetAsync("/api/facts")).JsonAsync()).AsArray();

        Assert.Contains(agencies, a => a!["key"]!.GetValue<string>() == "police" && a["roles"]!.AsArray().Any(r => r!.GetValue<string>() == "mace-chair"));
        Assert.Contains(reasons, r => r!["key"]!.GetValue<string>() == "child-missing");
        Assert.Contains(facts, f => f!["key"]!.GetValue<string>() == "missingEpisodes" && f["type"]!.GetValue<string>() == "integer");
    }

    [Fact]
    public async Task An_unknown_list_is_404_and_no_token_is_401()
    {
        var client = await _app.As("practitioner.voluntary-sector");

        var missing = await (await client.GetAsync("/api/lists/no-such-list")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("extension-reasons", missing["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await (await _app.CreateClient().GetAsync("/api/agencies")).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
