using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Tests;

namespace WorkflowEngine.Web.Tests.Api;

/// <summary>The workflows resource: list, versions, get with ETags, drafts, validate, publish, retire, diagram; only leads and admins write.</summary>
public sealed class WorkflowsApiTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public WorkflowsApiTests(WebAppFactory app) => _app = app;

    private static JsonObject Shipped(string key) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "workflows", key + ".json")))!.AsObject();

    private static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");

    [Fact]
    public async Task Anyone_signed_in_lists_the_published_workflows_and_their_versions()
    {
        var practitioner = await _app.As("practitioner.health");

        var list = (await (await practitioner.GetAsync("/api/workflows")).JsonAsync()).AsArray();
        var versions = (await (await practitioner.GetAsync("/api/workflows/cce-referral/versions")).JsonAsync()).AsArray();

        Assert.Contains(list, w => w!["key"]!.GetValue<string>() == "cce-referral" && w["status"]!.GetValue<string>() == "published");
        Assert.Equal(1, versions[0]!["version"]!.GetValue<int>());
        await (await practitioner.GetAsync("/api/workflows/no-such-thing/versions")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_version_carries_its_content_hash_as_an_etag_and_if_none_match_gets_304()
    {
        var client = await _app.As("practitioner.health");

        var first = await client.GetAsync("/api/workflows/cce-referral/versions/1");
        var body = await first.JsonAsync();
        var etag = first.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, ApiCalls.Path("/api/workflows/cce-referral/versions/1"));
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        var notModified = await client.SendAsync(again);

        Assert.Equal($"\"{body["contentHash"]!.GetValue<string>()}\"", etag.Tag);
        Assert.Equal("cce-referral", body["content"]!["key"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        await (await client.GetAsync("/api/workflows/cce-referral/versions/99")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_diagram_is_mermaid_text_with_the_stage_picked_out()
    {
        var client = await _app.As("practitioner.health");

        var response = await client.GetAsync("/api/workflows/cce-referral/versions/1/diagram?highlight=front-door");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("stateDiagram-v2", text.TrimStart(), StringComparison.Ordinal);
        await (await client.GetAsync("/api/workflows/cce-referral/versions/1/diagram?highlight=nowhere")).InvalidAsync("highlight");
        await (await client.GetAsync("/api/workflows/cce-referral/versions/9/diagram")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_lead_uploads_a_draft_publishes_it_and_retires_the_old_version()
    {
        var lead = await _app.As("chair.partnership");
        var draft = Shipped("exclusion");
        draft["description"] = "Revised by the partnership.";

        var saved = await lead.PostAsync(ApiCalls.Path("/api/workflows/exclusion/drafts"), Json(draft));
        var created = await saved.JsonAsync(HttpStatusCode.Created);
        var version = created["version"]!.GetValue<int>();
        var published = await (await lead.PostAsync($"/api/workflows/exclusion/versions/{version}/publish")).JsonAsync();
        var republish = await lead.PostAsync($"/api/workflows/exclusion/versions/{version}/publish");
        var retired = await (await lead.PostAsync($"/api/workflows/exclusion/versions/{version - 1}/retire")).JsonAsync();
        var retireAgain = await lead.PostAsync($"/api/workflows/exclusion/versions/{version - 1}/retire");

        Assert.Equal("draft", created["status"]!.GetValue<string>());
        Assert.Equal($"/api/workflows/exclusion/versions/{version}", saved.Headers.Location!.AbsolutePath);
        Assert.Equal("published", published["status"]!.GetValue<string>());
        await republish.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("retired", retired["status"]!.GetValue<string>());
        await retireAgain.ProblemAsync(HttpStatusCode.Conflict);
        await (await lead.PostAsync("/api/workflows/exclusion/versions/77/publish")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_broken_draft_is_400_with_the_validators_errors_keyed_by_json_path()
    {
        var lead = await _app.As("admin.partnership");
        var broken = Shipped("nrm");
        broken["startStage"] = "no-such-stage";

        var response = await lead.PostAsync(ApiCalls.Path("/api/workflows/nrm/drafts"), Json(broken));
        var mismatch = await lead.PostAsync(ApiCalls.Path("/api/workflows/other-key/drafts"), Json(Shipped("nrm")));

        await response.InvalidAsync("$.startStage");
        await mismatch.InvalidAsync("$.key");
    }

    [Fact]
    public async Task Validate_reports_every_problem_without_storing_anything()
    {
        var practitioner = await _app.As("practitioner.health");
        var broken = Shipped("nrm");
        broken["startStage"] = "no-such-stage";

        var good = await (await practitioner.PostAsync(ApiCalls.Path("/api/workflows/validate"), Json(Shipped("nrm")))).JsonAsync();
        var bad = await (await practitioner.PostAsync(ApiCalls.Path("/api/workflows/validate"), Json(broken))).JsonAsync();

        Assert.True(good["valid"]!.GetValue<bool>());
        Assert.False(bad["valid"]!.GetValue<bool>());
        Assert.Contains(bad["errors"]!.AsArray(), e => e!["path"]!.GetValue<string>() == "$.startStage");
    }

    [Fact]
    public async Task A_practitioner_or_manager_may_not_write_workflows()
    {
        foreach (var user in new[] { "practitioner.health", "manager.police" })
        {
            var client = await _app.As(user);
            await (await client.PostAsync(ApiCalls.Path("/api/workflows/nrm/drafts"), Json(Shipped("nrm")))).ProblemAsync(HttpStatusCode.Forbidden);
            await (await client.PostAsync("/api/workflows/nrm/versions/1/publish")).ProblemAsync(HttpStatusCode.Forbidden);
            await (await client.PostAsync("/api/workflows/nrm/versions/1/retire")).ProblemAsync(HttpStatusCode.Forbidden);
        }

        await (await _app.CreateClient().GetAsync("/api/workflows")).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
