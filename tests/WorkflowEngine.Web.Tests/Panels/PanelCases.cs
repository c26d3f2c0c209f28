using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.Panels;

/// <summary>Cases taken to the MACE panel through the API, and the panel's clock.</summary>
internal static class PanelCases
{
    /// <summary>A school's concern screened to MACE and put forward for the panel now; the case id.</summary>
    public static async Task<Guid> PutForwardAsync(WebAppFactory app, string child)
    {
        var caseId = await ApiCalls.OpenConcernAsync(app, child, new JsonObject { ["missingEpisodes"] = 3 });
        await CompleteActiveAsync(app, caseId, "exploitation-screening", new JsonObject { ["decisionRationale"] = "Indicators of criminal exploitation." });
        await CompleteActiveAsync(app, caseId, "screened", new JsonObject { ["missingEpisodes"] = 5, ["carryingWeapons"] = true });
        await CompleteActiveAsync(app, caseId, "added", []);
        Assert.Equal("awaiting-panel", (await ApiCalls.CaseAsync(app, caseId))["stage"]!.GetValue<string>());
        return caseId;
    }

    /// <summary>Moves the app's clock to the instant (if it is not there yet) and fires what fell due.</summary>
    public static async Task MoveToAsync(WebAppFactory app, DateTimeOffset instant)
    {
        if (app.Time.GetUtcNow() < instant)
        {
            app.Time.SetUtcNow(instant);
        }

        var dispatcher = app.Services.GetRequiredService<TimerDispatcher>();
        for (var round = 0; round < 10 && (await dispatcher.DispatchDueAsync()).Fired > 0; round++)
        {
        }
    }

    private static async Task CompleteActiveAsync(WebAppFactory app, Guid caseId, string outcome, JsonObject data)
    {
        var task = await ApiCalls.ActiveTaskAsync(app, caseId);
        var lead = await app.As("chair.partnership");
        await (await lead.PostAsync($"/api/cases/{caseId}/tasks/{task["id"]}/complete", new { outcome, data })).JsonAsync(HttpStatusCode.OK);
    }
}
