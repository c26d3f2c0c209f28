using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.Hardening;

/// <summary>
/// Binding and JSON errors come back in the engine's own problem shape: <c>problems[]</c> of
/// {code, path, message}, no stray keys and no .NET type names.
/// </summary>
public sealed class ProblemShapeTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public ProblemShapeTests(WebAppFactory app) => _app = app;

    [Theory]
    [InlineData("{\"child\": {\"name\": \"A\", \"dateOfBirth\": \"not a date\"}}", "$.child.dateOfBirth")]
    [InlineData("{\"child\": {\"name\": 5}}", "$.child.name")]
    [InlineData("{\"child\": \"Amy\"}", "$.child")]
    [InlineData("{\"child\": {\"name\": \"A\"", "$")]
    [InlineData("[1, 2]", "$")]
    public async Task A_body_that_cannot_be_read_is_400_with_problems_naming_the_path_in_words(string json, string path)
    {
        var dsl = await _app.As("dsl.education");
        using var body = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await dsl.PostAsync(ApiCalls.Path("/api/cases"), body);

        var problem = await response.InvalidAsync(path);
        var text = problem.ToJsonString();
        Assert.False(problem.ContainsKey("request"), text);
        Assert.DoesNotContain("WorkflowEngine.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", text, StringComparison.Ordinal);
        var entry = problem["problems"]!.AsArray().Single(p => p!["path"]!.GetValue<string>() == path)!;
        Assert.StartsWith("request.", entry["code"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith(".", entry["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_of_the_wrong_media_type_is_415_in_the_same_shape()
    {
        var dsl = await _app.As("dsl.education");
        using var body = new StringContent("child=Amy", Encoding.UTF8, "text/plain");

        var response = await dsl.PostAsync(ApiCalls.Path("/api/cases"), body);

        var problem = await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.DoesNotContain("WorkflowEngine.", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeated_json_key_is_400_naming_the_key()
    {
        var dsl = await _app.As("dsl.education");
        using var body = new StringContent(
            "{\"child\": {\"name\": \"Amy Stone\", \"name\": \"Someone Else\", \"dateOfBirth\": \"2010-05-01\"}, \"contact\": {\"referrer\": \"Priya Shah\", \"concern\": \"Seen with older men.\"}}",
            Encoding.UTF8, "application/json");

        var response = await dsl.PostAsync(ApiCalls.Path("/api/cases"), body);

        var problem = await response.InvalidAsync("$.child.name");
        var entry = problem["problems"]!.AsArray().Single()!;
        Assert.Equal("request.duplicate-key", entry["code"]!.GetValue<string>());
        Assert.Contains("more than once", entry["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeated_fact_is_400_naming_it()
    {
        var dsl = await _app.As("dsl.education");
        using var body = new StringContent(
            "{\"child\": {\"name\": \"Amy Stone\"}, \"contact\": {\"referrer\": \"Priya Shah\", \"concern\": \"Seen with older men.\"}, \"facts\": {\"missingEpisodes\": 1, \"missingEpisodes\": 4}}",
            Encoding.UTF8, "application/json");

        var response = await dsl.PostAsync(ApiCalls.Path("/api/cases"), body);

        await response.InvalidAsync("$.facts.missingEpisodes");
    }

    [Fact]
    public async Task A_text_over_its_limit_is_400_naming_the_field_with_the_limit_in_words()
    {
        var dsl = await _app.As("dsl.education");

        var response = await dsl.PostAsync("/api/cases", new
        {
            child = new { name = new string('n', 201), dateOfBirth = "2010-05-01" },
            contact = new { referrer = "Priya Shah", concern = new string('c', 10_001) },
        });

        var problem = await response.InvalidAsync("$.child.name", "$.contact.concern");
        var concern = problem["problems"]!.AsArray().Single(p => p!["path"]!.GetValue<string>() == "$.contact.concern")!;
        Assert.Equal("request.too-long", concern["code"]!.GetValue<string>());
        Assert.Contains("10,000 characters", concern["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completing_a_task_with_a_version_below_one_is_400_naming_expected_version()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Version Quinn");
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        var mash = await _app.As("mash.childrens-social-care");
        var path = $"/api/cases/{caseId}/tasks/{task["id"]}";
        await (await mash.PostAsync($"{path}/claim")).JsonAsync();

        var response = await mash.PostAsync($"{path}/complete", new { outcome = "early-help", data = new { decisionRationale = "Support." }, expectedVersion = -1 });

        var problem = await response.InvalidAsync("$.expectedVersion");
        Assert.Contains(problem["problems"]!.AsArray(), p => p!["path"]!.GetValue<string>() == "$.expectedVersion");
    }

    [Theory]
    [InlineData("ChildRequest", "name", 200)]
    [InlineData("ChildRequest", "reference", 50)]
    [InlineData("ContactRequest", "referrer", 200)]
    [InlineData("ContactRequest", "concern", 10_000)]
    [InlineData("ReasonRequest", "reason", 2_000)]
    [InlineData("MoveCaseRequest", "reason", 2_000)]
    [InlineData("StartTrackRequest", "reason", 2_000)]
    [InlineData("EscalateTaskRequest", "reason", 2_000)]
    [InlineData("ExtendTaskRequest", "note", 2_000)]
    [InlineData("ReassignTaskRequest", "reason", 2_000)]
    [InlineData("ResolveEscalationRequest", "note", 2_000)]
    public async Task Each_request_text_field_states_its_maximum_length_in_the_api_document(string schema, string property, int maxLength)
    {
        var document = await _app.Browser().GetFromJsonAsync<JsonObject>(ApiCalls.Path("/openapi/v1.json"));

        var field = document!["components"]?["schemas"]?[schema]?["properties"]?[property];
        Assert.True(field is not null, $"{schema}.{property} is not in the document.");
        Assert.Equal(maxLength, field["maxLength"]?.GetValue<int>());
    }

    [Fact]
    public async Task Every_string_in_every_request_schema_has_a_maximum_length()
    {
        var document = await _app.Browser().GetFromJsonAsync<JsonObject>(ApiCalls.Path("/openapi/v1.json"));

        var unbounded = document!["components"]!["schemas"]!.AsObject()
            .Where(s => s.Key.EndsWith("Request", StringComparison.Ordinal))
            .SelectMany(s => (s.Value!["properties"]?.AsObject() ?? []).Select(p => (Schema: s.Key, Property: p.Key, Field: p.Value!)))
            .Where(p => IsString(p.Field) && p.Field["maxLength"] is null)
            .Select(p => $"{p.Schema}.{p.Property}")
            .ToList();

        Assert.True(unbounded.Count == 0, "No maximum length: " + string.Join(", ", unbounded));
    }

    private static bool IsString(JsonNode field) => field["type"] switch
    {
        JsonValue type => type.GetValue<string>() == "string",
        JsonArray types => types.Any(t => t!.GetValue<string>() == "string"),
        _ => false,
    } && field["format"] is null;
}
