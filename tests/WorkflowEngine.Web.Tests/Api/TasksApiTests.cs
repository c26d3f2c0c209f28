using System.Net;

namespace WorkflowEngine.Web.Tests.Api;

/// <summary>The tasks resource: the inbox by scope, and claim, release, complete, reassign, extend, escalate with their refusals.</summary>
public abstract class TasksApiTests
{
    private readonly WebAppFactory _app;

    protected TasksApiTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task The_mash_team_inbox_holds_the_new_decision_and_the_police_inbox_does_not()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Inbox Ward");
        var mash = await _app.As("mash.childrens-social-care");
        var police = await _app.As("practitioner.police");

        var team = await (await mash.GetAsync("/api/tasks?scope=team")).JsonAsync();
        var agency = await (await mash.GetAsync("/api/tasks?scope=agency&status=open&overdue=false&take=200")).JsonAsync();
        var others = await (await police.GetAsync("/api/tasks?scope=agency")).JsonAsync();

        Assert.Contains(team["items"]!.AsArray(), i => i!["caseId"]!.GetValue<Guid>() == caseId && i["key"]!.GetValue<string>() == "decide-referral");
        Assert.Contains(agency["items"]!.AsArray(), i => i!["caseId"]!.GetValue<Guid>() == caseId);
        Assert.DoesNotContain(others["items"]!.AsArray(), i => i!["caseId"]!.GetValue<Guid>() == caseId);
    }

    [Fact]
    public async Task A_claimed_task_shows_in_my_inbox_and_release_returns_it_to_the_team()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Claim Hart");
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        var mash = await _app.As("mash.childrens-social-care");
        var path = $"/api/cases/{caseId}/tasks/{task["id"]}";

        var claimed = await (await mash.PostAsync($"{path}/claim")).JsonAsync();
        var mine = await (await mash.GetAsync("/api/tasks?scope=me")).JsonAsync();
        var twice = await mash.PostAsync($"{path}/claim");
        var released = await (await mash.PostAsync($"{path}/release")).JsonAsync();

        Assert.Equal("claimed", claimed["status"]!.GetValue<string>());
        Assert.Equal("mash.childrens-social-care", claimed["assignedTo"]!.GetValue<string>());
        Assert.Contains(mine["items"]!.AsArray(), i => i!["taskId"]!.GetValue<Guid>() == task["id"]!.GetValue<Guid>());
        await twice.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("open", released["status"]!.GetValue<string>());
        Assert.Null(released["assignedTo"]);
    }

    [Fact]
    public async Task Completing_with_a_stale_version_is_409_and_a_second_completion_is_409_too()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Stale Vance");
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        var version = task["version"]!.GetValue<long>();
        var mash = await _app.As("mash.childrens-social-care");
        var path = $"/api/cases/{caseId}/tasks/{task["id"]}";
        var body = new { outcome = "early-help", data = new { decisionRationale = "Family support is the right help." }, expectedVersion = version };

        await (await mash.PostAsync($"{path}/claim")).JsonAsync();
        var stale = await (await mash.PostAsync($"{path}/complete", body)).ProblemAsync(HttpStatusCode.Conflict);
        var done = await (await mash.PostAsync($"{path}/complete", body with { expectedVersion = version + 1 })).JsonAsync();
        var again = await mash.PostAsync($"{path}/complete", body with { expectedVersion = version + 2 });

        Assert.Equal("Someone else changed this first.", stale["title"]!.GetValue<string>());
        Assert.Equal("completed", done["status"]!.GetValue<string>());
        await again.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("closed-early-help", (await ApiCalls.CaseAsync(_app, caseId))["stage"]!.GetValue<string>());
    }

    [Fact]
    public async Task Two_people_completing_one_task_at_once_get_one_success_and_one_409()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Race Ellis");
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        var path = $"/api/cases/{caseId}/tasks/{task["id"]}/complete";
        var body = new { outcome = "no-further-action", data = new { decisionRationale = "Already known and supported." }, expectedVersion = task["version"]!.GetValue<long>() };
        var mash = await _app.As("mash.childrens-social-care");
        var colleague = await _app.As("practitioner.childrens-social-care");

        var responses = await Task.WhenAll(mash.PostAsync(path, body), colleague.PostAsync(path, body));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        await responses.Single(r => r.StatusCode != HttpStatusCode.OK).ProblemAsync(HttpStatusCode.Conflict);
        var journal = (await (await mash.GetAsync($"/api/cases/{caseId}/journal")).JsonAsync()).AsArray();
        Assert.Single(journal, e => e!["kind"]!.GetValue<string>() == "task.completed");
    }

    [Fact]
    public async Task Completing_without_the_form_or_with_an_unknown_outcome_names_the_fields()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Form Gale");
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        var mash = await _app.As("mash.childrens-social-care");
        var path = $"/api/cases/{caseId}/tasks/{task["id"]}/complete";

        await (await mash.PostAsync(path, new { outcome = "early-help", data = new { } })).InvalidAsync("$.data.decisionRationale");
        var unknown = await (await mash.PostAsync(path, new { outcome = "shrug", data = new { decisionRationale = "x" } })).InvalidAsync("$.outcome");
        Assert.Contains(unknown["problems"]!.AsArray(), p => p!["code"]!.GetValue<string>() == "outcome.unknown");
    }

    [Fact]
    public async Task Another_agency_may_not_claim_or_complete_the_task_and_an_unknown_task_is_404()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Refused Ives");
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        var police = await _app.As("practitioner.police");

        await (await police.PostAsync($"/api/cases/{caseId}/tasks/{task["id"]}/claim")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await police.PostAsync($"/api/cases/{caseId}/tasks/{task["id"]}/complete", new { outcome = "early-help" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await police.PostAsync($"/api/cases/{caseId}/tasks/{Guid.NewGuid()}/claim")).ProblemAsync(HttpStatusCode.NotFound);
        await (await police.PostAsync($"/api/cases/{Guid.NewGuid()}/tasks/{task["id"]}/claim")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_a_manager_of_the_owning_agency_reassigns_and_the_new_team_gets_the_task()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Reassign Kerr");
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        var path = $"/api/cases/{caseId}/tasks/{task["id"]}/reassign";
        var body = new { agency = "childrens-social-care", role = "duty-and-assessment", reason = "MASH is over capacity today." };

        await (await (await _app.As("mash.childrens-social-care")).PostAsync(path, body)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await _app.As("manager.police")).PostAsync(path, body)).ProblemAsync(HttpStatusCode.Forbidden);
        var manager = await _app.As("manager.childrens-social-care");
        await (await manager.PostAsync(path, new { agency = "nowhere", reason = "x" })).InvalidAsync("$.agency");
        await (await manager.PostAsync(path, new { agency = "police" })).InvalidAsync("$.reason");
        var moved = await (await manager.PostAsync(path, body)).JsonAsync();

        Assert.Equal("duty-and-assessment", moved["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_agency_that_passed_its_only_task_on_still_sees_the_case_it_worked()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Passed On");
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        var manager = await _app.As("manager.childrens-social-care");
        await (await manager.PostAsync($"/api/cases/{caseId}/tasks/{task["id"]}/reassign",
            new { agency = "police", role = "practitioner", reason = "Police hold the intelligence on the adults involved." })).JsonAsync();

        // Social care had the task, the police have it now: both see the case; health never did.
        var socialCare = await _app.As("practitioner.childrens-social-care");
        var seen = await (await socialCare.GetAsync($"/api/cases/{caseId}")).JsonAsync();
        Assert.Equal(WorkflowEngine.Core.Cases.CaseReference.Of(caseId), seen["reference"]!.GetValue<string>());
        var listed = (await (await socialCare.GetAsync("/api/cases?childName=Passed")).JsonAsync()).AsArray();
        Assert.Contains(listed, c => c!["id"]!.GetValue<Guid>() == caseId);
        await (await (await _app.As("practitioner.police")).GetAsync($"/api/cases/{caseId}")).JsonAsync();
        await (await (await _app.As("practitioner.health")).GetAsync($"/api/cases/{caseId}")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_manager_extends_with_a_listed_reason_and_bad_extensions_name_the_field()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Extend Lamb");
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        var path = $"/api/cases/{caseId}/tasks/{task["id"]}/extend";
        var later = task["dueAt"]!.GetValue<DateTimeOffset>().AddDays(3);
        var manager = await _app.As("manager.childrens-social-care");

        await (await (await _app.As("mash.childrens-social-care")).PostAsync(path, new { newDueAt = later, reason = "child-missing" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await manager.PostAsync(path, new { reason = "child-missing" })).InvalidAsync("$.newDueAt");
        await (await manager.PostAsync(path, new { newDueAt = later, reason = "bored" })).InvalidAsync("$.reason");
        await (await manager.PostAsync(path, new { newDueAt = later, reason = "other" })).InvalidAsync("$.note");
        await (await manager.PostAsync(path, new { newDueAt = WebAppFactory.Start.AddDays(-1), reason = "child-missing" })).InvalidAsync("$.newDueAt");
        var extended = await (await manager.PostAsync(path, new { newDueAt = later, reason = "child-missing", note = "Missing since Sunday." })).JsonAsync();

        Assert.Equal(later, extended["dueAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Anyone_who_can_see_the_case_escalates_by_hand_with_a_reason()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Escalate Moss");
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        var path = $"/api/cases/{caseId}/tasks/{task["id"]}/escalate";
        var mash = await _app.As("mash.childrens-social-care");

        await (await (await _app.As("practitioner.police")).PostAsync(path, new { reason = "Worried." })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await mash.PostAsync(path, new { reason = "" })).InvalidAsync("$.reason");
        var escalated = await (await mash.PostAsync(path, new { reason = "Child seen again with the same men." })).JsonAsync();

        Assert.Equal(1, escalated["escalationLevel"]!.GetValue<int>());
        Assert.Equal("high", escalated["priority"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_inbox_refuses_a_team_scope_without_a_team_and_paging_out_of_range()
    {
        await (await (await _app.As("admin.partnership")).GetAsync("/api/tasks?scope=team")).InvalidAsync("scope");
        await (await (await _app.As("mash.childrens-social-care")).GetAsync("/api/tasks?take=0")).InvalidAsync("take");
        await (await _app.CreateClient().GetAsync("/api/tasks")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    public sealed class OnSqlite(WebAppFactory app) : TasksApiTests(app), IClassFixture<WebAppFactory>;

    public sealed class OnPostgreSql(PostgreSqlWebAppFactory app) : TasksApiTests(app), IClassFixture<PostgreSqlWebAppFactory>;
}
