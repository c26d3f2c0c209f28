using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Notifications;

namespace WorkflowEngine.Web.Tests.Api;

/// <summary>The caller's in-app notifications: to them by name, to their team, to their agency; and marking one read.</summary>
public sealed class NotificationsApiTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public NotificationsApiTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task A_reassignment_reaches_the_new_owner_and_they_mark_it_read_while_others_cannot()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Notice Penn");
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        var manager = await _app.As("manager.police");
        await (await (await _app.As("manager.childrens-social-care")).PostAsync($"/api/cases/{caseId}/tasks/{task["id"]}/reassign", new
        {
            agency = "police", role = "team-manager", person = "manager.police", reason = "Police hold the intelligence.",
        })).JsonAsync();
        await _app.Services.GetRequiredService<OutboxDispatcher>().DeliverDueAsync();

        var mine = (await (await manager.GetAsync("/api/notifications?unreadOnly=true")).JsonAsync()).AsArray();
        var notice = mine.Single(n => n!["caseId"]!.GetValue<Guid>() == caseId && n["kind"]!.GetValue<string>() == "task.reassigned")!;
        var read = await manager.PostAsync($"/api/notifications/{notice["id"]}/read");
        var unread = (await (await manager.GetAsync("/api/notifications?unreadOnly=true")).JsonAsync()).AsArray();
        var someoneElse = await (await _app.As("practitioner.health")).PostAsync($"/api/notifications/{notice["id"]}/read");

        Assert.Equal("manager.police", notice["person"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.DoesNotContain(unread, n => n!["id"]!.GetValue<Guid>() == notice["id"]!.GetValue<Guid>());
        await someoneElse.ProblemAsync(HttpStatusCode.NotFound);
        await (await manager.PostAsync($"/api/notifications/{Guid.NewGuid()}/read")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _app.CreateClient().GetAsync("/api/notifications")).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
