using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WorkflowEngine.Web.BrowserTests.Infrastructure;

/// <summary>An HTTP client on the live app with a demo account's bearer token, for setting up and checking through the API.</summary>
internal static class ApiClients
{
    public static async Task<HttpClient> SignedInAsync(LiveApp live, string userName)
    {
        var client = new HttpClient { BaseAddress = live.App.BaseAddress };
        var token = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = LiveAppFactory.Password });
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        return client;
    }
}
