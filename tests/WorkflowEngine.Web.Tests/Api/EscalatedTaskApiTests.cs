using System.Net;

namespace WorkflowEngine.Web.Tests.Api;

/// <summary>Claim and release on an escalated task through the API: the same guards as on an open or claimed task.</summary>
public sealed class EscalatedTaskApiTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public EscalatedTaskApiTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task Releasing_an_escalated_task_nobody_holds_answers_409_every_time_and_journals_no_release()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Rory Vance");
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        var mash = await _app.As("mash.childrens-social-care");
        var path = $"/api/cases/{caseId}/tasks/{task["id"]}";
        await (await mash.PostAsync($"{path}/escalate", new { reason = "No decision yet and the child went missing again." })).JsonAsync();

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await (await mash.PostAsync($"{path}/release")).ProblemAsync(HttpStatusCode.Conflict);
        }

        var journal = (await (await (await _app.As("chair.partnership")).GetAsync($"/api/cases/{caseId}/journal")).JsonAsync()).AsArray();
        Assert.DoesNotContain(journal, e => e!["kind"]!.GetValue<string>() == "task.released");
    }

    [Fact]
    public async Task A_managers_claim_does_not_take_an_escalated_task_a_practitioner_holds()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Sky Hollis");
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        var mash = await _app.As("mash.childrens-social-care");
        var path = $"/api/cases/{caseId}/tasks/{task["id"]}";
        await (await mash.PostAsync($"{path}/claim")).JsonAsync();
        await (await mash.PostAsync($"{path}/escalate", new { reason = "Waiting on police checks." })).JsonAsync();

        var manager = await _app.As("manager.childrens-social-care");
        var refused = await (await manager.PostAsync($"{path}/claim")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("mash.childrens-social-care holds it", refused["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var kept = await ApiCalls.ActiveTaskAsync(_app, caseId);
        Assert.Equal("mash.childrens-social-care", kept["assignedTo"]!.GetValue<string>());
        Assert.Equal("escalated", kept["status"]!.GetValue<string>());
        await (await mash.PostAsync($"{path}/release")).JsonAsync();
        await (await manager.PostAsync($"{path}/claim")).JsonAsync();
    }
}
