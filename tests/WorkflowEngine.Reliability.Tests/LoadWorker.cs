using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WorkflowEngine.Reliability.Tests;

/// <summary>
/// One client writing as fast as the server answers: a school's DSL opens a case, and for every
/// other case the MASH claims and completes its screening task. Stops at the first failed call
/// (the server died), keeping only what was acknowledged.
/// </summary>
internal sealed class LoadWorker(HttpClient school, HttpClient mash, AcknowledgedWrites acknowledged, int worker)
{
    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var caseId = await OpenAsync(stop);
                if (i % 2 == 0)
                {
                    await CompleteAsync(caseId, stop);
                }
            }
        }
        catch (Exception died) when (died is HttpRequestException or TaskCanceledException or IOException)
        {
            // The server was killed mid-call: that call was never acknowledged.
        }
    }

    private async Task<Guid> OpenAsync(CancellationToken stop)
    {
        var response = await school.PostAsJsonAsync(new Uri("/api/cases", UriKind.Relative), new
        {
            child = new { name = $"Crash Child {worker}-{Guid.NewGuid():N}", dateOfBirth = "2010-05-01" },
            contact = new { referrer = "Priya Shah", concern = "Seen getting into cars with older men after school." },
            facts = new { missingEpisodes = 2 },
        }, stop);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>(stop))!["id"]!.GetValue<Guid>();
        acknowledged.Opened(id);
        return id;
    }

    private async Task CompleteAsync(Guid caseId, CancellationToken stop)
    {
        // A timer firing on the same case at the same moment (an overdue mark, a reminder) wins the
        // race now and then: the engine answers 409 and saves nothing, and a person reloads and tries again.
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            if (await TryCompleteAsync(caseId, stop))
            {
                return;
            }
        }

        Assert.Fail($"Completing case {caseId}'s task met a concurrent change five times running.");
    }

    private async Task<bool> TryCompleteAsync(Guid caseId, CancellationToken stop)
    {
        var state = (await mash.GetFromJsonAsync<JsonObject>(new Uri($"/api/cases/{caseId}", UriKind.Relative), stop))!;
        var task = state["tasks"]!.AsArray().Single(t => t!["closedAt"] is null)!;
        var taskId = task["id"]!.GetValue<Guid>();
        var path = $"/api/cases/{caseId}/tasks/{taskId}";
        if (task["assignedTo"] is null)
        {
            var claimed = await mash.PostAsJsonAsync(new Uri($"{path}/claim", UriKind.Relative), new { }, stop);
            if (await IsConcurrentChangeAsync(claimed, stop))
            {
                return false;
            }

            Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        }

        var completed = await mash.PostAsJsonAsync(new Uri($"{path}/complete", UriKind.Relative), new
        {
            outcome = "no-further-action",
            data = new { decisionRationale = "Known to the school's pastoral team; no further action by the front door." },
        }, stop);
        if (await IsConcurrentChangeAsync(completed, stop))
        {
            return false;
        }

        Assert.True(completed.StatusCode == HttpStatusCode.OK, $"Completing failed: {(int)completed.StatusCode} {await completed.Content.ReadAsStringAsync(stop)}");
        var version = (await completed.Content.ReadFromJsonAsync<JsonObject>(stop))!["version"]!.GetValue<long>();
        acknowledged.Completed(caseId, taskId, version);
        return true;
    }

    private static async Task<bool> IsConcurrentChangeAsync(HttpResponseMessage response, CancellationToken stop) =>
        response.StatusCode == HttpStatusCode.Conflict && (await response.Content.ReadAsStringAsync(stop)).Contains("case.conflict", StringComparison.Ordinal);
}
