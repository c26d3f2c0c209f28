using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowEngine.Fuzz.Tests;

/// <summary>
/// What every API answer to a generated payload must honour: never a server error, only the
/// statuses the operation documents, and a 400 that names at least one field at fault
/// (a <c>problems[]</c> entry with a <c>path</c>), as RFC 9457 problem JSON.
/// </summary>
internal static class ApiContract
{
    public static async Task<HttpStatusCode> CheckAsync(HttpResponseMessage response, StatusTally tally, params HttpStatusCode[] allowed)
    {
        var status = response.StatusCode;
        tally.Count(status);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)status < 500, $"The server failed with {(int)status}: {FuzzRun.Shorten(body)}");
        Assert.True(allowed.Contains(status), $"Got {(int)status}, not one of {string.Join(", ", allowed.Select(s => (int)s))}: {FuzzRun.Shorten(body)}");
        if (status == HttpStatusCode.BadRequest)
        {
            AssertNamesAField(response, body);
        }

        return status;
    }

    private static void AssertNamesAField(HttpResponseMessage response, string body)
    {
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"A 400 that is not problem JSON: {FuzzRun.Shorten(body)}");
        JsonNode? problem;
        try
        {
            problem = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            problem = null;
        }

        var problems = problem?["problems"] as JsonArray;
        Assert.True(
            problems is not null && problems.Any(p => p?["path"] is JsonValue path && path.TryGetValue<string>(out var text) && text.Length > 0),
            $"A 400 whose problem names no field (no problems[] entry with a path): {FuzzRun.Shorten(body)}");
    }
}
