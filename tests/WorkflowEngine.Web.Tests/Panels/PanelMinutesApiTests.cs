using System.Net;
using System.Net.Http.Json;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.Panels;

/// <summary>
/// The minutes of the sitting on Tuesday 17 March 2026 through the API: confirmed by the chair after the
/// sitting, then locked (changes are 409) with corrections taken as new entries. Its own app, because it
/// moves the clock past the sitting.
/// </summary>
public sealed class PanelMinutesApiTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Confirmed_minutes_are_locked_and_take_corrections_as_new_entries()
    {
        const string sittingPath = "/api/panels/sittings/2026-03-17";
        var caseId = await PanelCases.PutForwardAsync(app, "Quinn Hale");
        var coordinator = await app.As("coordinator.childrens-social-care");
        await (await coordinator.PostAsync($"{sittingPath}/agenda", new { caseId })).JsonAsync();
        await (await coordinator.PostAsync($"{sittingPath}/attendance", new { agency = "police", name = "DI Ravi Mistry (chair)" })).JsonAsync();
        await PanelCases.MoveToAsync(app, new DateTimeOffset(2026, 3, 17, 12, 0, 0, TimeSpan.Zero));
        var chair = await app.As("chair.police");
        await (await chair.PutAsJsonAsync(ApiCalls.Path($"{sittingPath}/agenda/{caseId}/discussion"), new { notes = "Discussed.", riskLevel = "significant" })).JsonAsync();
        await (await chair.PostAsync($"{sittingPath}/agenda/{caseId}/actions", new { agency = "police", text = "Serve a CAWN.", dueOn = "2026-03-31" })).JsonAsync();
        var confirmed = await (await chair.PostAsync($"{sittingPath}/confirm")).JsonAsync();

        var changed = await (await chair.PutAsJsonAsync(ApiCalls.Path($"{sittingPath}/agenda/{caseId}/discussion"), new { notes = "Rewritten.", riskLevel = "emerging" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        var action = await (await chair.PostAsync($"{sittingPath}/agenda/{caseId}/actions", new { agency = "police", text = "More.", dueOn = "2026-03-31" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        var corrected = await (await chair.PostAsync($"{sittingPath}/corrections", new { caseId, text = "The CAWN is for two adults, not one." })).JsonAsync();

        Assert.Equal("confirmed", confirmed["status"]!.GetValue<string>());
        Assert.Contains("locked", changed["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("locked", action["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("The CAWN is for two adults, not one.", corrected["corrections"]!.AsArray().Single()!["text"]!.GetValue<string>());
        Assert.Equal("Discussed.", corrected["agenda"]!.AsArray().Single()!["notes"]!.GetValue<string>());
        var state = await ApiCalls.CaseAsync(app, caseId);
        Assert.Equal("disruption-plan", state["stage"]!.GetValue<string>());
        Assert.Contains(state["tasks"]!.AsArray(), t => t!["key"]!.GetValue<string>() == "disruption-action" && t["agency"]!.GetValue<string>() == "police");
    }
}
