using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace WorkflowEngine.Web.Tests.Api;

/// <summary>Short hands for the API tests: JSON in and out, problems, and a fresh concern from a school.</summary>
internal static class ApiCalls
{
    // Sign-in is rate limited (10 a minute per address), so each test host signs each user in once
    // per hour of its clock (tokens last an hour on the app's clock, which tests move).
    private static readonly ConditionalWeakTable<WebAppFactory, ConcurrentDictionary<(string, long), Lazy<Task<HttpClient>>>> Clients = [];

    public static Uri Path(string path) => new(path, UriKind.Relative);

    /// <summary>A bearer client for a demo user, signed in once per test host.</summary>
    public static Task<HttpClient> As(this WebAppFactory app, string userName) =>
        Clients.GetOrCreateValue(app)
            .GetOrAdd((userName, app.Time.GetUtcNow().Ticks / TimeSpan.TicksPerHour), key => new Lazy<Task<HttpClient>>(() => app.ApiAsync(key.Item1)))
            .Value;

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string path, object? body = null) =>
        client.PostAsJsonAsync(Path(path), body ?? new { });

    public static Task<HttpResponseMessage> GetAsync(this HttpClient client, string path) => client.GetAsync(Path(path));

    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected} but got {response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Asserts a problem with the status and returns it.</summary>
    public static async Task<JsonObject> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected} but got {response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)expected, problem["status"]!.GetValue<int>());
        return problem;
    }

    /// <summary>Asserts a 400 whose errors name each of the fields.</summary>
    public static async Task<JsonObject> InvalidAsync(this HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        foreach (var field in fields)
        {
            Assert.True(errors.ContainsKey(field), $"No error for {field}: {errors.ToJsonString()}");
        }

        return problem;
    }

    /// <summary>A lead publishes the exclusion workflow with one more way out of its first stage: a manual move to closed, "The exclusion was withdrawn".</summary>
    public static async Task PublishExclusionWithAManualWithdrawalAsync(WebAppFactory app)
    {
        var lead = await app.As("chair.partnership");
        var definition = JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(WorkflowEngine.Core.Tests.RepositoryPaths.Root, "workflows", "exclusion.json")))!;
        definition["stages"]![0]!["transitions"]!.AsArray().Add(new JsonObject
        {
            ["key"] = "withdrawn", ["to"] = "closed", ["trigger"] = "manual", ["label"] = "The exclusion was withdrawn",
        });
        using var body = new StringContent(definition.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        var draft = await (await lead.PostAsync(Path("/api/workflows/exclusion/drafts"), body)).JsonAsync(HttpStatusCode.Created);
        await (await lead.PostAsync($"/api/workflows/exclusion/versions/{draft["version"]}/publish")).JsonAsync();
    }

    /// <summary>The school's DSL raises a concern; returns the new case's id.</summary>
    public static async Task<Guid> OpenConcernAsync(WebAppFactory app, string child = "Tyler Reed", JsonObject? facts = null)
    {
        var dsl = await app.As("dsl.education");
        var opened = await (await dsl.PostAsync("/api/cases", new
        {
            child = new { name = child, dateOfBirth = "2010-05-01" },
            contact = new { referrer = "Priya Shah", concern = "Seen getting into cars with older men after school." },
            facts = facts ?? new JsonObject { ["missingEpisodes"] = 2 },
        })).JsonAsync(HttpStatusCode.Created);
        return opened["id"]!.GetValue<Guid>();
    }

    /// <summary>The case as a lead sees it (leads see every case).</summary>
    public static async Task<JsonObject> CaseAsync(WebAppFactory app, Guid caseId) =>
        (await (await (await app.As("chair.partnership")).GetAsync($"/api/cases/{caseId}")).JsonAsync()).AsObject();

    /// <summary>The case's one active task.</summary>
    public static async Task<JsonObject> ActiveTaskAsync(WebAppFactory app, Guid caseId) =>
        (await CaseAsync(app, caseId))["tasks"]!.AsArray().Single(t => t!["closedAt"] is null)!.AsObject();
}
