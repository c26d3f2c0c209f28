using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Web.Tests.Api;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.Admin;

/// <summary>The admins' incidents page lists failed timers and notifications with what failed, and its Retry buttons queue them again in the real store.</summary>
public sealed class IncidentsPageTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task An_admin_sees_a_failed_notification_in_words_and_retries_it()
    {
        var caseId = await ApiCalls.OpenConcernAsync(app, "Failed Page Oates");
        var task = await ApiCalls.ActiveTaskAsync(app, caseId);
        await (await (await app.As("mash.childrens-social-care")).PostAsync($"/api/cases/{caseId}/tasks/{task["id"]}/escalate", new { reason = "Worse." })).JsonAsync();
        var outbox = app.Services.GetRequiredService<IOutboxStore>();
        var now = app.Time.GetUtcNow();
        var message = (await outbox.FindDeliverableAsync(now, 100)).First(m => m.CaseId == caseId);
        var claimed = (await outbox.TryClaimAsync(message.Id, message.Version, "test", now.AddMinutes(5)))!;
        Assert.True(await outbox.RecordFailureAsync(claimed.Id, claimed.Version, "Mailbox full.", now, giveUp: true));
        var admin = await app.SignedInBrowserAsync("admin.partnership");

        var (status, page) = await admin.ReadAsync("/admin/incidents");
        var row = Row(page, message.Id);
        var retried = await admin.PostFormAsync("/admin/incidents", $"/admin/incidents/notifications/{message.Id}/retry", []);
        var (_, after) = await admin.ReadAsync("/admin/incidents");
        var again = await admin.PostFormAsync("/admin/incidents", $"/admin/incidents/notifications/{message.Id}/retry", []);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Mailbox full.", row, StringComparison.Ordinal);
        Assert.Contains(message.Subject, row, StringComparison.Ordinal);
        Assert.Contains($"/cases/{caseId}", row, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Contains("The notification will be sent again within a minute.", after, StringComparison.Ordinal);
        Assert.DoesNotContain(message.Id.ToString(), after, StringComparison.Ordinal);
        Assert.DoesNotContain(await outbox.ListFailedAsync(500), m => m.Id == message.Id);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task An_admin_sees_a_timer_incident_in_words_and_sends_it_back_to_the_dispatcher()
    {
        var caseId = await ApiCalls.OpenConcernAsync(app, "Incident Page Nash");
        var store = app.Services.GetRequiredService<ITimerStore>();
        var later = app.Time.GetUtcNow().AddYears(1);
        var timer = (await store.ClaimDueAsync(later, "test", later.AddMinutes(5), 500)).First(t => t.CaseId == caseId);
        Assert.True(await store.RecordFailureAsync(timer.Id, timer.Version, "The mail server was down.", later, incident: true));
        var admin = await app.SignedInBrowserAsync("admin.partnership");

        var (_, page) = await admin.ReadAsync("/admin/incidents");
        var row = Row(page, timer.Id);
        var retried = await admin.PostFormAsync("/admin/incidents", $"/admin/incidents/timers/{timer.Id}/retry", []);

        Assert.Contains("The mail server was down.", row, StringComparison.Ordinal);
        Assert.Contains(WorkflowEngine.Web.Features.Operations.IncidentWords.ForTimer(timer.Kind), row, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.DoesNotContain(await store.ListIncidentsAsync(), t => t.Id == timer.Id);
    }

    [Fact]
    public async Task Admins_find_the_admin_pages_in_the_navigation()
    {
        var admin = await app.SignedInBrowserAsync("admin.partnership");

        var (_, tasks) = await admin.ReadAsync("/tasks");

        Assert.Contains("href=\"/admin/incidents\"", tasks, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/people\"", tasks, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/disclosures\"", tasks, StringComparison.Ordinal);
    }

    private static string Row(string page, Guid id)
    {
        var start = page.IndexOf($"data-id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No row for {id}");
        return WebUtility.HtmlDecode(page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)]);
    }
}
