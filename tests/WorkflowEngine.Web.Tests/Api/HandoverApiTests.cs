using System.Net;

namespace WorkflowEngine.Web.Tests.Api;

/// <summary>
/// Hand-overs through the API: a task a manager passes to another agency awaits that agency's
/// acceptance. Completing it first is 409 with the reason in words; only the receiving agency accepts
/// or declines it (403 for anyone else, the sender included); a decline needs a reason (400).
/// </summary>
public abstract class HandoverApiTests
{
    private readonly WebAppFactory _app;

    protected HandoverApiTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task A_task_passed_to_the_police_awaits_their_acceptance_and_only_they_answer_it()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Handover Quinn");
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        var path = $"/api/cases/{caseId}/tasks/{task["id"]}";
        var passed = await (await (await _app.As("manager.childrens-social-care")).PostAsync($"{path}/reassign",
            new { agency = "police", reason = "Police hold the intelligence on the adults involved." })).JsonAsync();
        Assert.Equal(("police", "childrens-social-care"), (passed["agency"]!.GetValue<string>(), passed["awaitingAcceptanceFrom"]!.GetValue<string>()));

        var police = await _app.As("practitioner.police");
        var early = await (await police.PostAsync($"{path}/complete", new { outcome = "early-help", data = new { decisionRationale = "Family support." } }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("is awaiting acceptance: someone of Police must accept it before it can be completed", early["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        // The sender and other agencies cannot answer it; a lead of the partnership is not of the police either.
        await (await (await _app.As("practitioner.childrens-social-care")).PostAsync($"{path}/accept")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await _app.As("practitioner.health")).PostAsync($"{path}/decline", new { reason = "Not ours." })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await _app.As("admin.partnership")).PostAsync($"{path}/accept")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await police.PostAsync($"{path}/decline", new { reason = "" })).InvalidAsync("$.reason");

        var accepted = await (await police.PostAsync($"{path}/accept")).JsonAsync();
        Assert.Null(accepted["awaitingAcceptanceFrom"]);
        await (await police.PostAsync($"{path}/accept")).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_declined_task_returns_to_the_sender_escalated()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Handover Rhodes");
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        var path = $"/api/cases/{caseId}/tasks/{task["id"]}";
        await (await (await _app.As("manager.childrens-social-care")).PostAsync($"{path}/reassign",
            new { agency = "police", reason = "Police hold the intelligence." })).JsonAsync();

        var declined = await (await (await _app.As("practitioner.police")).PostAsync($"{path}/decline", new { reason = "The child lives outside our force area." })).JsonAsync();

        Assert.Equal(("childrens-social-care", 1, "high"), (declined["agency"]!.GetValue<string>(), declined["escalationLevel"]!.GetValue<int>(), declined["priority"]!.GetValue<string>()));
        Assert.Null(declined["awaitingAcceptanceFrom"]);
        var journal = (await (await (await _app.As("manager.childrens-social-care")).GetAsync($"/api/cases/{caseId}/journal")).JsonAsync()).AsArray();
        Assert.Contains(journal, e => e!["kind"]!.GetValue<string>() == "task.handover-declined" && e["actor"]!.GetValue<string>() == "practitioner.police");
    }

    public sealed class OnSqlite(WebAppFactory app) : HandoverApiTests(app), IClassFixture<WebAppFactory>;

    public sealed class OnPostgreSql(PostgreSqlWebAppFactory app) : HandoverApiTests(app), IClassFixture<PostgreSqlWebAppFactory>;
}
