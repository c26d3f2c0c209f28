using System.Net;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.Pages;

/// <summary>
/// Hand-overs on the pages: the receiving agency's inbox says "Awaiting your acceptance", its task page
/// offers Accept and Decline (the reason required, with a GOV.UK error beside the field), the sender
/// keeps the task in view, and the dashboard counts what waits by agency.
/// </summary>
public sealed class HandoverPageTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public HandoverPageTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task The_police_see_a_task_awaiting_their_acceptance_decline_needs_a_reason_and_accept_lets_them_work_it()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Handover Page");
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        await (await (await _app.As("manager.childrens-social-care")).PostAsync($"/api/cases/{caseId}/tasks/{task["id"]}/reassign",
            new { agency = "police", reason = "Police hold the intelligence." })).JsonAsync();
        var taskPath = $"/cases/{caseId}/tasks/{task["id"]}";

        var police = await _app.SignedInBrowserAsync("practitioner.police");
        var inbox = (await police.ReadAsync("/tasks?show=agency")).Html;
        Assert.Matches($"{taskPath}\">Acknowledge and decide referral<span[^>]*>[^<]*</span></a><br><strong class=\"govuk-tag govuk-tag--yellow\">Awaiting your acceptance</strong><br><span class=\"govuk-body-s\">Passed on by Children&#x27;s social care</span>", inbox);
        var (status, page) = await police.ReadAsync(taskPath);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Accept this task", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Complete the task", page, StringComparison.Ordinal);

        // The sender still answers for it: it is listed under what they passed on, and they may open it.
        var socialCare = await _app.SignedInBrowserAsync("manager.childrens-social-care");
        Assert.Matches($"Passed on, awaiting acceptance[\\s\\S]*?{taskPath}[\\s\\S]*?<td class=\"govuk-table__cell\">Police</td>", (await socialCare.ReadAsync("/tasks?show=agency")).Html);
        var senderView = await socialCare.ReadAsync(taskPath);
        Assert.Equal(HttpStatusCode.OK, senderView.Status);
        Assert.Contains("Awaiting acceptance by Police", senderView.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Accept this task", senderView.Html, StringComparison.Ordinal);
        Assert.Matches("<th scope=\"row\" class=\"govuk-table__header\">Police</th>\\s*<td class=\"govuk-table__cell govuk-table__cell--numeric\" data-agency=\"police\">\\d+</td>",
            (await (await _app.SignedInBrowserAsync("chair.partnership")).ReadAsync("/dashboard")).Html);

        var noReason = await police.PostFormAsync(taskPath, taskPath + "/decline", [new("reason", " ")]);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var html = await noReason.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#decline-reason\">Give a reason", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"decline-reason-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Give a reason", html, StringComparison.Ordinal);

        // Health has no part in it: no page, no answer.
        var health = await _app.SignedInBrowserAsync("practitioner.health");
        Assert.Equal(HttpStatusCode.Forbidden, (await health.ReadAsync(taskPath)).Status);

        var accepted = await police.PostFormAsync(taskPath, taskPath + "/accept", []);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var after = (await police.ReadAsync(taskPath)).Html;
        Assert.Contains("Complete the task", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Awaiting your acceptance", after, StringComparison.Ordinal);
    }
}
