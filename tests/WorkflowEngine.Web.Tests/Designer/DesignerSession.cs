using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Tests;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.Designer;

/// <summary>The designer page's front end as the server sees it: a cookie, the page's anti-forgery token in a header on each POST.</summary>
internal sealed class DesignerSession(HttpClient client, string token)
{
    public HttpClient Client { get; } = client;

    public static async Task<DesignerSession> OpenAsync(WebAppFactory app, string userName, string workflow = "cce-referral")
    {
        var client = await app.SignedInBrowserAsync(userName);
        var (status, html) = await client.ReadAsync($"/library/workflows/{workflow}/designer");
        Assert.Equal(HttpStatusCode.OK, status);
        return new DesignerSession(client, WebAppFactory.AntiforgeryToken(html));
    }

    /// <summary>The rule-set editor page's front end: its cookie and its page's anti-forgery token.</summary>
    public static async Task<DesignerSession> OpenRuleSetEditorAsync(WebAppFactory app, string userName, string ruleSet = "front-door-routing")
    {
        var client = await app.SignedInBrowserAsync(userName);
        var (status, html) = await client.ReadAsync($"/library/rulesets/{ruleSet}/editor");
        Assert.Equal(HttpStatusCode.OK, status);
        return new DesignerSession(client, WebAppFactory.AntiforgeryToken(html));
    }

    public static JsonObject ShippedRuleSet(string key) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "rules", key + ".json")))!.AsObject();

    public static JsonObject Shipped(string key) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "workflows", key + ".json")))!.AsObject();

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<HttpResponseMessage> PostAsync(string path, JsonNode? body = null, bool withToken = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent((body ?? new JsonObject()).ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (withToken)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        return await Client.SendAsync(request);
    }
}
