using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WorkflowEngine.Web.Tests.Api;

/// <summary>The OpenAPI document describes every API resource, with the summaries and error responses of its actions.</summary>
public sealed class OpenApiTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public OpenApiTests(WebAppFactory app) => _app = app;

    [Theory]
    [InlineData("/api/cases", "post", "400")]
    [InlineData("/api/cases/{id}", "get", "403")]
    [InlineData("/api/cases/{id}/journal", "get", "404")]
    [InlineData("/api/cases/{id}/tracks", "post", "409")]
    [InlineData("/api/cases/{id}/move", "post", "409")]
    [InlineData("/api/tasks", "get", "200")]
    [InlineData("/api/cases/{caseId}/tasks/{taskId}/complete", "post", "409")]
    [InlineData("/api/cases/{caseId}/tasks/{taskId}/extend", "post", "400")]
    [InlineData("/api/escalations", "get", "403")]
    [InlineData("/api/cases/{caseId}/escalations/{id}/resolve", "post", "404")]
    [InlineData("/api/workflows/{key}/versions/{version}", "get", "304")]
    [InlineData("/api/workflows/{key}/drafts", "post", "403")]
    [InlineData("/api/workflows/{key}/versions/{version}/diagram", "get", "200")]
    [InlineData("/api/rulesets/{key}/evaluate", "post", "400")]
    [InlineData("/api/lists/{key}", "get", "404")]
    [InlineData("/api/notifications/{id}/read", "post", "204")]
    [InlineData("/api/admin/timer-incidents/{id}/retry", "post", "404")]
    public async Task Each_action_is_documented_with_a_summary_and_its_responses(string path, string method, string status)
    {
        var document = await _app.Browser().GetFromJsonAsync<JsonObject>(ApiCalls.Path("/openapi/v1.json"));

        var operation = document!["paths"]?[path]?[method];
        Assert.True(operation is not null, $"{method} {path} is not in the document.");
        Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()), $"{method} {path} has no summary.");
        Assert.True(operation["responses"]!.AsObject().ContainsKey(status), $"{method} {path} does not document {status}.");
        Assert.True(operation["responses"]!.AsObject().ContainsKey("401"), $"{method} {path} does not document 401.");
    }
}
