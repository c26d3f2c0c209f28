using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Web.Tests.Pages;

/// <summary>A task left past its due time escalates to the team manager, who works it from the queue and the task page.</summary>
public sealed class EscalationPageTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public EscalationPageTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task A_manager_sees_the_overdue_task_escalate_acknowledges_it_and_reassigns_the_task()
    {
        var caseId = await (await _app.SignedInBrowserAsync("dsl.education")).RaiseConcernAsync("Eli Fox");
        var reference = "CASE-" + caseId.ToString("N")[^8..].ToUpperInvariant();

        // Due Tuesday 17:00; the first rung climbs two working days later, Thursday 17:00.
        _app.Time.Advance(TimeSpan.FromDays(4));
        var dispatcher = _app.Services.GetRequiredService<TimerDispatcher>();
        for (var round = 0; round < 10 && (await dispatcher.DispatchDueAsync()).Fired > 0; round++)
        {
        }

        var manager = await _app.SignedInBrowserAsync("manager.childrens-social-care");
        var (status, queue) = await manager.ReadAsync("/escalations");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["Escalations"], PageClient.Headings(queue));
        Assert.Contains($"Level 1: Acknowledge and decide referral for Eli Fox ({reference})", queue, StringComparison.Ordinal);
        Assert.DoesNotContain(reference, (await manager.ReadAsync("/escalations?level=2")).Html, StringComparison.Ordinal);
        var taskId = PageClient.TaskLinks(queue, caseId)[0];
        var escalationId = System.Text.RegularExpressions.Regex.Match(queue, $"/escalations/{caseId}/([0-9a-f-]{{36}})/acknowledge").Groups[1].Value;

        var inbox = (await manager.ReadAsync("/tasks?show=agency")).Html;
        Assert.Matches($"/cases/{caseId}/tasks/{taskId}\">Acknowledge and decide referral<span class=\"govuk-visually-hidden\">[^<]*</span></a>[\\s\\S]*?Overdue</strong><br>\\s*2 working days overdue[\\s\\S]*?Escalation level 1</span>", inbox);

        var acknowledged = await manager.PostFormAsync("/escalations", $"/escalations/{caseId}/{escalationId}/acknowledge", []);
        Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        Assert.Matches($"Level 1: Acknowledge and decide referral for Eli Fox \\({reference}\\)[\\s\\S]*?Acknowledged", (await manager.ReadAsync("/escalations")).Html);

        var noNote = await manager.PostFormAsync("/escalations", $"/escalations/{caseId}/{escalationId}/resolve", [new("note", " ")]);
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Contains($"<a href=\"#note-{escalationId}\">Say what was done about the escalation", await noNote.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var taskPath = $"/cases/{caseId}/tasks/{taskId}";
        var taskPage = (await manager.ReadAsync(taskPath)).Html;
        Assert.Contains("Manager's tools", taskPage, StringComparison.Ordinal);
        Assert.Contains("value=\"awaiting-agency-information\"", taskPage, StringComparison.Ordinal);

        var noReason = await manager.PostFormAsync(taskPath, taskPath + "/reassign", [new("tool", "reassign"), new("agency", "childrens-social-care"), new("role", "duty-and-assessment"), new("reason", "")]);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var noReasonHtml = await noReason.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#reassign-reason\">Give a reason", noReasonHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"duty-and-assessment\"", noReasonHtml, StringComparison.Ordinal);

        var otherWithoutNote = await manager.PostFormAsync(taskPath, taskPath + "/extend", [
            new("tool", "extend"), new("extend-date-day", "13"), new("extend-date-month", "3"), new("extend-date-year", "2026"), new("reason", "other")]);
        Assert.Equal(HttpStatusCode.BadRequest, otherWithoutNote.StatusCode);
        Assert.Contains("<a href=\"#extend-note\">Say why, since the reason is &#x27;other&#x27;.</a>", await otherWithoutNote.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var reassigned = await manager.PostFormAsync(taskPath, taskPath + "/reassign", [
            new("tool", "reassign"), new("agency", "childrens-social-care"), new("role", "duty-and-assessment"), new("reason", "MASH is short-staffed this week.")]);
        Assert.Equal(HttpStatusCode.Redirect, reassigned.StatusCode);

        var after = (await manager.ReadAsync(taskPath)).Html;
        Assert.Contains("(duty-and-assessment)", after, StringComparison.Ordinal);
        var casePage = (await manager.ReadAsync($"/cases/{caseId}")).Html;
        Assert.Contains("Task reassigned: Acknowledge and decide referral", casePage, StringComparison.Ordinal);
        Assert.Contains("Reason: MASH is short-staffed this week.", casePage, StringComparison.Ordinal);
        Assert.Contains("Task escalated: Acknowledge and decide referral", casePage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practitioners_are_sent_away_from_the_queue_and_cannot_use_the_managers_tools()
    {
        var caseId = await (await _app.SignedInBrowserAsync("dsl.education")).RaiseConcernAsync("Fay Hill");
        var mash = await _app.SignedInBrowserAsync("mash.childrens-social-care");
        var taskId = PageClient.TaskLinks((await mash.ReadAsync("/tasks?show=agency")).Html, caseId)[0];
        var taskPath = $"/cases/{caseId}/tasks/{taskId}";

        var queue = await mash.GetAsync(new Uri("/escalations", UriKind.Relative));
        var page = (await mash.ReadAsync(taskPath)).Html;
        var reassign = await mash.PostFormAsync(taskPath, taskPath + "/reassign", [new("agency", "police"), new("reason", "Not ours")]);

        Assert.Equal(HttpStatusCode.Redirect, queue.StatusCode);
        Assert.StartsWith("https://localhost/access-denied", queue.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Manager's tools", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, reassign.StatusCode);
    }
}
