using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.Pages;

/// <summary>
/// Escalations by level: a team manager keeps seeing their agency's escalated task at every level,
/// read-only above their own, and is refused (page and API) when acting above it; the chair acts at level 4.
/// </summary>
public sealed class EscalationLevelTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public EscalationLevelTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task A_team_manager_sees_a_level_4_escalation_read_only_and_is_refused_above_level_1()
    {
        var (caseId, byLevel) = await ClimbToTheTopAsync("Tobias Wrenfield");
        var manager = await _app.SignedInBrowserAsync("manager.childrens-social-care");

        var queue = (await manager.ReadAsync("/escalations")).Html;

        Assert.Contains("Level 4: Acknowledge and decide referral for Tobias Wrenfield", queue, StringComparison.Ordinal);
        Assert.Matches("With the partnership chair since [0-9]{1,2} March 2026 at [0-9]{2}:[0-9]{2}\\. You can see it but not act on it at this level\\.", queue);
        Assert.DoesNotContain($"/escalations/{caseId}/{byLevel[4]}/resolve", queue, StringComparison.Ordinal);
        Assert.DoesNotContain($"/escalations/{caseId}/{byLevel[4]}/acknowledge", queue, StringComparison.Ordinal);
        Assert.Matches("raised [0-9]+ days ago, on [0-9]{1,2} March 2026 at [0-9]{2}:[0-9]{2}", queue);

        var refused = await manager.PostFormAsync("/escalations", $"/escalations/{caseId}/{byLevel[4]}/resolve", [new("note", "Spoke to the chair.")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("This is a level 4 escalation, addressed to the partnership chair. You may acknowledge or resolve escalations up to level 1 only.",
            System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var chair = await _app.SignedInBrowserAsync("chair.partnership");
        var done = await chair.PostFormAsync("/escalations", $"/escalations/{caseId}/{byLevel[4]}/acknowledge", []);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("You acknowledged the escalation of Acknowledge and decide referral for Tobias Wrenfield.", (await chair.ReadAsync("/escalations")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_API_refuses_handling_above_ones_level_naming_the_level_and_each_rung_acts_at_its_own()
    {
        var (top, atTop) = await ClimbToTheTopAsync("Maisie Hollowell");
        var manager = await _app.ApiAsync("manager.childrens-social-care");
        var lead = await _app.ApiAsync("lead.childrens-social-care");
        var chair = await _app.ApiAsync("chair.partnership");

        // A second case escalated by hand three times: its live escalation is at level 3.
        var second = await ApiCalls.OpenConcernAsync(_app, "Rafferty Dunmore", new JsonObject { ["missingEpisodes"] = 1 });
        var task = await ApiCalls.ActiveTaskAsync(_app, second);
        for (var i = 0; i < 3; i++)
        {
            await (await lead.PostAsync($"/api/cases/{second}/tasks/{task["id"]}/escalate", new { reason = "The situation is not improving." })).JsonAsync();
        }

        var levelThree = (await ApiCalls.CaseAsync(_app, second))["escalations"]!.AsArray().Single(e => e!["level"]!.GetValue<int>() == 3)!["id"]!.GetValue<Guid>();
        var listed = (await (await manager.GetAsync("/api/escalations")).JsonAsync()).AsArray()
            .Where(e => e!["escalation"]!["caseId"]!.GetValue<Guid>() == top).Select(e => e!["escalation"]!["level"]!.GetValue<int>());
        var managerAbove = await (await manager.PostAsync($"/api/cases/{second}/escalations/{levelThree}/resolve", new { note = "Done." })).ProblemAsync(HttpStatusCode.Forbidden);
        var managerAck = await (await manager.PostAsync($"/api/cases/{top}/escalations/{atTop[4]}/acknowledge")).ProblemAsync(HttpStatusCode.Forbidden);
        var leadAbove = await (await lead.PostAsync($"/api/cases/{top}/escalations/{atTop[4]}/resolve", new { note = "Done." })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await lead.PostAsync($"/api/cases/{second}/escalations/{levelThree}/resolve", new { note = "Agreed a plan with the team." })).JsonAsync();
        await (await chair.PostAsync($"/api/cases/{top}/escalations/{atTop[4]}/resolve", new { note = "Chair spoke to both agencies." })).JsonAsync();

        Assert.Equal([4], listed);
        Assert.Equal("This is a level 3 escalation, addressed to the agency safeguarding lead. You may acknowledge or resolve escalations up to level 1 only.",
            managerAbove["detail"]!.GetValue<string>());
        Assert.Contains("level 4 escalation", managerAck["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("This is a level 4 escalation, addressed to the partnership chair. You may acknowledge or resolve escalations up to level 3 only.",
            leadAbove["detail"]!.GetValue<string>());
    }

    // Nobody decides the referral; the clock runs out and the ladder climbs to the partnership chair.
    private async Task<(Guid CaseId, IReadOnlyDictionary<int, Guid> ByLevel)> ClimbToTheTopAsync(string child)
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, child, new JsonObject { ["missingEpisodes"] = 2 });
        var dispatcher = _app.Services.GetRequiredService<TimerDispatcher>();
        for (var day = 0; day < 21; day++)
        {
            _app.Time.Advance(TimeSpan.FromDays(1));
            for (var round = 0; round < 10 && (await dispatcher.DispatchDueAsync()).Fired > 0; round++)
            {
            }
        }

        var state = await ApiCalls.CaseAsync(_app, caseId);
        var escalations = state["escalations"]!.AsArray();
        var byLevel = escalations.ToDictionary(e => e!["level"]!.GetValue<int>(), e => e!["id"]!.GetValue<Guid>());
        Assert.Equal([1, 2, 3, 4], byLevel.Keys.Order());
        return (caseId, byLevel);
    }
}
