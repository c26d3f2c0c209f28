using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WorkflowEngine.Web.BrowserTests.Infrastructure;

/// <summary>Concerns a school raises through the API, and where the front door's rules sent them.</summary>
internal static class FrontDoorConcerns
{
    /// <summary>A school's concern about a child missing <paramref name="missingEpisodes"/> times, not urgent; the new case's id.</summary>
    public static async Task<Guid> OpenAsync(LiveApp live, string child, int missingEpisodes)
    {
        using var client = await ApiClients.SignedInAsync(live, "dsl.education");
        var response = await client.PostAsJsonAsync("/api/cases", new
        {
            child = new { name = child, dateOfBirth = "2010-05-01" },
            contact = new { referrer = "Priya Shah", concern = "Missing from home again and found in another town." },
            facts = new JsonObject { ["missingEpisodes"] = missingEpisodes, ["urgent"] = false },
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
    }

    /// <summary>The case's current stage, as the partnership chair reads it.</summary>
    public static async Task<string> StageOfAsync(LiveApp live, Guid caseId)
    {
        using var client = await ApiClients.SignedInAsync(live, "chair.partnership");
        return await StageOfAsync(client, caseId);
    }

    /// <summary>The case's stage, read with a client already signed in (for polling without signing in each time).</summary>
    public static async Task<string> StageOfAsync(HttpClient client, Guid caseId)
    {
        var body = await client.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}");
        return body!["stage"]!.GetValue<string>();
    }
}
