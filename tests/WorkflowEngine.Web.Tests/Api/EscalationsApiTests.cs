using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Web.Tests.Api;

/// <summary>
/// A real case through the API: a school raises a concern, the MASH decides on exploitation
/// screening, the screening task runs out of time and escalates, and the team manager works the
/// escalation queue (acknowledge, reassign, extend, resolve). Then the notifications it left.
/// </summary>
public abstract class EscalationsApiTests
{
    private readonly WebAppFactory _app;

    protected EscalationsApiTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task A_concern_walks_from_the_school_to_the_managers_escalation_queue_and_is_handled_there()
    {
        // A school's designated safeguarding lead raises the concern.
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Walker Price", new JsonObject { ["missingEpisodes"] = 3, ["multiplePhones"] = true });

        // The MASH social worker finds it in the team inbox, claims and decides: exploitation screening.
        var mash = await _app.ApiAsync("mash.childrens-social-care");
        var inbox = await (await mash.GetAsync("/api/tasks?scope=team")).JsonAsync();
        var decide = inbox["items"]!.AsArray().Single(i => i!["caseId"]!.GetValue<Guid>() == caseId)!;
        var tasks = $"/api/cases/{caseId}/tasks";
        var claimed = await (await mash.PostAsync($"{tasks}/{decide["taskId"]}/claim")).JsonAsync();
        await (await mash.PostAsync($"{tasks}/{decide["taskId"]}/complete", new
        {
            outcome = "exploitation-screening",
            data = new { decisionRationale = "Repeated missing episodes and several phones: screen for exploitation." },
            expectedVersion = claimed["version"]!.GetValue<long>(),
        })).JsonAsync();

        var moved = (await (await mash.GetAsync($"/api/cases/{caseId}")).JsonAsync()).AsObject();
        Assert.Equal("exploitation-screening", moved["stage"]!.GetValue<string>());
        var screening = moved["tasks"]!.AsArray().Single(t => t!["key"]!.GetValue<string>() == "screen-for-exploitation")!;
        Assert.Equal("childrens-social-care", screening["agency"]!.GetValue<string>());

        // Nobody screens: a week later the clock has run out and the ladder's first rung is due.
        _app.Time.Advance(TimeSpan.FromDays(7));
        await _app.Services.GetRequiredService<TimerDispatcher>().DispatchDueAsync();

        // Bearer tokens expire on the app's clock, so sign in again after the week.
        var manager = await _app.ApiAsync("manager.childrens-social-care");
        var queue = (await (await manager.GetAsync("/api/escalations?level=1&role=team-manager")).JsonAsync()).AsArray();
        var item = queue.Single(e => e!["escalation"]!["caseId"]!.GetValue<Guid>() == caseId && e["escalation"]!["taskId"]!.GetValue<Guid>() == screening["id"]!.GetValue<Guid>())!;
        var escalation = item["escalation"]!;
        Assert.Equal("childrens-social-care", escalation["targetAgency"]!.GetValue<string>());
        Assert.Equal("open", escalation["status"]!.GetValue<string>());
        var police = await _app.ApiAsync("manager.police");
        Assert.DoesNotContain((await (await police.GetAsync("/api/escalations")).JsonAsync()).AsArray(), e => e!["escalation"]!["caseId"]!.GetValue<Guid>() == caseId);

        // The team manager acknowledges it, gives the task to the exploitation team and stops the clock.
        var escalations = $"/api/cases/{caseId}/escalations/{escalation["id"]}";
        var acknowledged = await (await manager.PostAsync($"{escalations}/acknowledge")).JsonAsync();
        await (await manager.PostAsync($"{escalations}/acknowledge")).ProblemAsync(HttpStatusCode.Conflict);
        await (await police.PostAsync($"{escalations}/acknowledge")).ProblemAsync(HttpStatusCode.Forbidden);
        var reassigned = await (await manager.PostAsync($"{tasks}/{screening["id"]}/reassign", new
        {
            agency = "childrens-social-care", role = "exploitation-team", reason = "The exploitation team knows this family.",
        })).JsonAsync();
        var newDue = _app.Time.GetUtcNow().AddDays(5);
        var extended = await (await manager.PostAsync($"{tasks}/{screening["id"]}/extend", new
        {
            newDueAt = newDue, reason = "awaiting-agency-information", note = "Police intelligence requested.",
        })).JsonAsync();
        await (await manager.PostAsync($"{escalations}/resolve", new { note = " " })).InvalidAsync("$.note");
        var resolved = await (await manager.PostAsync($"{escalations}/resolve", new { note = "Reassigned and extended." })).JsonAsync();

        Assert.Equal("acknowledged", acknowledged["status"]!.GetValue<string>());
        Assert.Equal("manager.childrens-social-care", acknowledged["acknowledgedBy"]!.GetValue<string>());
        Assert.Equal("exploitation-team", reassigned["role"]!.GetValue<string>());
        Assert.Equal(newDue, extended["dueAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal("resolved", resolved["status"]!.GetValue<string>());
        Assert.DoesNotContain((await (await manager.GetAsync("/api/escalations")).JsonAsync()).AsArray(), e => e!["escalation"]!["id"]!.GetValue<Guid>() == escalation["id"]!.GetValue<Guid>());

        // The journal tells the story.
        var kinds = (await (await manager.GetAsync($"/api/cases/{caseId}/journal")).JsonAsync()).AsArray().Select(e => e!["kind"]!.GetValue<string>()).ToList();
        Assert.Contains("escalation.acknowledged", kinds);
        Assert.Contains("task.reassigned", kinds);
        Assert.Contains("task.extended", kinds);

        // The escalation and the reassignment reached the team manager's in-app inbox.
        await _app.Services.GetRequiredService<OutboxDispatcher>().DeliverDueAsync();
        var notifications = (await (await manager.GetAsync("/api/notifications")).JsonAsync()).AsArray();
        var escalated = notifications.First(n => n!["kind"]!.GetValue<string>().StartsWith("escalation", StringComparison.Ordinal) && n["caseId"]!.GetValue<Guid>() == caseId)!;
        var read = await manager.PostAsync($"/api/notifications/{escalated["id"]}/read");
        var unread = (await (await manager.GetAsync("/api/notifications?unreadOnly=true")).JsonAsync()).AsArray();

        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.DoesNotContain(unread, n => n!["id"]!.GetValue<Guid>() == escalated["id"]!.GetValue<Guid>());
        await (await police.PostAsync($"/api/notifications/{escalated["id"]}/read")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Practitioners_have_no_escalation_queue_and_unknown_escalations_are_404()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Queue Refused");
        var manager = await _app.As("manager.childrens-social-care");

        await (await (await _app.As("mash.childrens-social-care")).GetAsync("/api/escalations")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await manager.GetAsync("/api/escalations?level=9")).InvalidAsync("level");
        await (await manager.PostAsync($"/api/cases/{caseId}/escalations/{Guid.NewGuid()}/acknowledge")).ProblemAsync(HttpStatusCode.NotFound);
        await (await manager.PostAsync($"/api/cases/{Guid.NewGuid()}/escalations/{Guid.NewGuid()}/resolve", new { note = "x" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await _app.CreateClient().GetAsync("/api/escalations")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_lead_sees_escalations_of_every_agency_and_can_filter_by_agency()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Lead Queue");
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        await (await (await _app.As("mash.childrens-social-care")).PostAsync($"/api/cases/{caseId}/tasks/{task["id"]}/escalate", new { reason = "No answer from the family." })).JsonAsync();
        var lead = await _app.As("chair.partnership");

        var all = (await (await lead.GetAsync("/api/escalations")).JsonAsync()).AsArray();
        var police = (await (await lead.GetAsync("/api/escalations?agency=police")).JsonAsync()).AsArray();

        Assert.Contains(all, e => e!["escalation"]!["caseId"]!.GetValue<Guid>() == caseId);
        Assert.DoesNotContain(police, e => e!["escalation"]!["caseId"]!.GetValue<Guid>() == caseId);
    }

    public sealed class OnSqlite(WebAppFactory app) : EscalationsApiTests(app), IClassFixture<WebAppFactory>;

    public sealed class OnPostgreSql(PostgreSqlWebAppFactory app) : EscalationsApiTests(app), IClassFixture<PostgreSqlWebAppFactory>;
}
