using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Web.Tests.Api;

/// <summary>Admin operations: timer incidents and failed notifications, listed and retried; admins only.</summary>
public abstract class AdminApiTests
{
    private readonly WebAppFactory _app;

    protected AdminApiTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task An_admin_sees_a_timer_incident_and_sends_it_back_to_the_dispatcher()
    {
        await ApiCalls.OpenConcernAsync(_app, "Incident Nash");
        var store = _app.Services.GetRequiredService<ITimerStore>();
        var later = _app.Time.GetUtcNow().AddYears(1);
        var timer = (await store.ClaimDueAsync(later, "test", later.AddMinutes(5), 1)).Single();
        Assert.True(await store.RecordFailureAsync(timer.Id, timer.Version, "The mail server was down.", later, incident: true));
        var admin = await _app.As("admin.partnership");

        var incidents = (await (await admin.GetAsync("/api/admin/timer-incidents")).JsonAsync()).AsArray();
        var retried = await admin.PostAsync($"/api/admin/timer-incidents/{timer.Id}/retry");
        var again = await admin.PostAsync($"/api/admin/timer-incidents/{timer.Id}/retry");

        var incident = incidents.Single(i => i!["id"]!.GetValue<Guid>() == timer.Id)!;
        Assert.Equal("The mail server was down.", incident["lastError"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, retried.StatusCode);
        await again.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_admin_sees_a_failed_notification_and_retries_it()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Failed Oates");
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        await (await (await _app.As("mash.childrens-social-care")).PostAsync($"/api/cases/{caseId}/tasks/{task["id"]}/escalate", new { reason = "Worse." })).JsonAsync();
        var outbox = _app.Services.GetRequiredService<IOutboxStore>();
        var now = _app.Time.GetUtcNow();
        var message = (await outbox.FindDeliverableAsync(now, 100)).First(m => m.CaseId == caseId);
        var claimed = (await outbox.TryClaimAsync(message.Id, message.Version, "test", now.AddMinutes(5)))!;
        Assert.True(await outbox.RecordFailureAsync(claimed.Id, claimed.Version, "Mailbox full.", now, giveUp: true));
        var admin = await _app.As("admin.partnership");

        var failed = (await (await admin.GetAsync("/api/admin/failed-notifications")).JsonAsync()).AsArray();
        var retried = await admin.PostAsync($"/api/admin/failed-notifications/{message.Id}/retry");
        var again = await admin.PostAsync($"/api/admin/failed-notifications/{message.Id}/retry");

        Assert.Equal("Mailbox full.", failed.Single(f => f!["id"]!.GetValue<Guid>() == message.Id)!["lastError"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, retried.StatusCode);
        await again.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Leads_managers_and_practitioners_get_403_and_no_token_gets_401()
    {
        foreach (var user in new[] { "chair.partnership", "manager.health", "practitioner.health" })
        {
            var client = await _app.As(user);
            await (await client.GetAsync("/api/admin/timer-incidents")).ProblemAsync(HttpStatusCode.Forbidden);
            await (await client.PostAsync($"/api/admin/failed-notifications/{Guid.NewGuid()}/retry")).ProblemAsync(HttpStatusCode.Forbidden);
        }

        await (await _app.CreateClient().GetAsync("/api/admin/failed-notifications")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    public sealed class OnSqlite(WebAppFactory app) : AdminApiTests(app), IClassFixture<WebAppFactory>;

    public sealed class OnPostgreSql(PostgreSqlWebAppFactory app) : AdminApiTests(app), IClassFixture<PostgreSqlWebAppFactory>;
}
