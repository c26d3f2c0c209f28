using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Web.Tests.Api;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.Measures;

/// <summary>
/// Measures with legal conditions through the API and the task page: a Child Abduction Warning Notice
/// for a 17-year-old not in care is a 400 naming the field and the condition; a court order is a 400
/// until its warning is acknowledged; the page shows each condition beside the measure and asks for the
/// acknowledgement with what was typed kept.
/// </summary>
public abstract class MeasureConditionsTests(WebAppFactory app)
{
    [Fact]
    public async Task The_api_refuses_a_notice_the_child_is_too_old_for_and_a_court_order_until_acknowledged()
    {
        var (caseId, task) = await PoliceDisruptionTaskAsync("Old Enough");
        var police = await app.As("practitioner.police");
        var path = $"/api/cases/{caseId}/tasks/{task.Id}/complete";

        var notice = await (await police.PostAsync(path, Body(task, "child-abduction-warning-notice"))).InvalidAsync("$.data.disruptionMeasures");
        Assert.Contains("under 16, or under 18 who is looked after", notice.ToJsonString(), StringComparison.Ordinal);

        var order = await (await police.PostAsync(path, Body(task, "gang-injunction"))).InvalidAsync("$.data.disruptionMeasures");
        Assert.Contains("Needs a court order", order.ToJsonString(), StringComparison.Ordinal);

        var done = await (await police.PostAsync(path, Body(task, "gang-injunction", acknowledged: "gang-injunction"))).JsonAsync();
        Assert.Equal("completed", done["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_task_page_shows_each_condition_and_asks_for_the_acknowledgement_keeping_what_was_typed()
    {
        var (caseId, task) = await PoliceDisruptionTaskAsync("Page Court");
        var police = await app.SignedInBrowserAsync("practitioner.police");
        var page = $"/cases/{caseId}/tasks/{task.Id}";

        var (_, html) = await police.ReadAsync(page);
        Assert.Contains("Needs a court order: record it once the court has made the order", html, StringComparison.Ordinal);

        var fields = new List<KeyValuePair<string, string>>
        {
            new("version", task.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("field-disruptionMeasures", "sexual-risk-order"),
            new("field-actionTaken", "Sexual Risk Order granted at the magistrates' court."),
            new("outcome", "done"),
        };
        var refused = await police.PostFormAsync(page, page + "/complete", fields);
        var again = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Conditions you have checked", again, StringComparison.Ordinal);
        Assert.Contains("name=\"acknowledge\" type=\"checkbox\" value=\"sexual-risk-order\"", again, StringComparison.Ordinal);
        Assert.Contains("Sexual Risk Order granted at the magistrates&#x27; court.", again, StringComparison.Ordinal);

        fields.Add(new("acknowledge", "sexual-risk-order"));
        var completed = await police.PostFormAsync(page, page + "/complete", fields);
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
    }

    private static object Body(Core.Tasks.CaseTask task, string measure, string? acknowledged = null) => new
    {
        outcome = "done",
        data = new { disruptionMeasures = new[] { measure }, actionTaken = "Applied to the court." },
        expectedVersion = task.Version,
        acknowledgedWarnings = acknowledged is null ? Array.Empty<string>() : [acknowledged],
    };

    // A 17-year-old not looked after, driven through the engine to a disruption plan with a police action.
    private async Task<(Guid CaseId, Core.Tasks.CaseTask Task)> PoliceDisruptionTaskAsync(string child)
    {
        var dsl = await app.As("dsl.education");
        var opened = await (await dsl.PostAsync("/api/cases", new
        {
            child = new { name = child, dateOfBirth = "2009-01-10" },
            contact = new { referrer = "Priya Shah", concern = "Seen with older men; new phones." },
            facts = new JsonObject { ["missingEpisodes"] = 2 },
        })).JsonAsync(HttpStatusCode.Created);
        var caseId = opened["id"]!.GetValue<Guid>();
        var cases = app.Services.GetRequiredService<CaseService>();
        var state = (await cases.GetAsync(caseId))!;
        state = await CompleteAsync(cases, state, "decide-referral", "exploitation-screening", new JsonObject { ["decisionRationale"] = "Indicators of exploitation." });
        var definition = (await cases.GetWorkflowDefinitionAsync(state))!;
        var screening = new JsonObject();
        foreach (var field in definition.Stages.SelectMany(s => s.Tasks).Single(t => t.Key == "screen-for-exploitation").Form)
        {
            screening[field.Key] = field.Type switch
            {
                FormFieldType.Boolean => field.Key != "lookedAfter",
                FormFieldType.Integer or FormFieldType.Number => 4,
                FormFieldType.Text or FormFieldType.LongText => "Recorded at screening.",
                _ => null,
            };
        }

        state = await CompleteAsync(cases, state, "screen-for-exploitation", "screened", screening);
        state = await CompleteAsync(cases, state, "add-to-mace-agenda", "added", []);
        var sits = state.Timers.Single(t => t.TransitionKey == "panel-sits").DueAt;
        app.Time.SetUtcNow(sits);
        // The host's own dispatcher may be firing it at the same moment; either fires it once.
        for (var attempt = 0; attempt < 50 && state.StageKey != "mace-discussion"; attempt++)
        {
            await app.Services.GetRequiredService<TimerDispatcher>().DispatchDueAsync();
            state = (await cases.GetAsync(caseId))!;
            await Task.Delay(state.StageKey == "mace-discussion" ? 0 : 100);
        }

        state = await CompleteAsync(cases, state, "mace-discussion", "disruption-plan", new JsonObject
        {
            ["riskLevel"] = "significant",
            ["disruptionAgencies"] = new JsonArray("police"),
        });
        return (caseId, state.Tasks.Single(t => t.TaskKey == "disruption-action" && t.Agency == "police" && t.IsActive));
    }

    private static async Task<CaseState> CompleteAsync(CaseService cases, CaseState state, string taskKey, string outcome, JsonObject data)
    {
        var task = state.Tasks.Single(t => t.TaskKey == taskKey && t.IsActive);
        var result = await cases.CompleteTaskAsync(new CompleteTaskCommand(state.Id, task.Id, outcome, data, $"worker@{task.Agency}"));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value!;
    }

    public sealed class OnSqlite(WebAppFactory app) : MeasureConditionsTests(app), IClassFixture<WebAppFactory>;
}
