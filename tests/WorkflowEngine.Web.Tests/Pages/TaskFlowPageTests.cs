using System.Net;
using System.Text.RegularExpressions;

namespace WorkflowEngine.Web.Tests.Pages;

/// <summary>The MASH social worker finds a new concern in the inbox, works the task page and sees the case move on.</summary>
public abstract class TaskFlowPageTests
{
    private readonly WebAppFactory _app;

    protected TaskFlowPageTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task The_inbox_shows_the_new_task_due_tomorrow_in_the_team_tab_and_in_mine_once_claimed()
    {
        var caseId = await (await _app.SignedInBrowserAsync("dsl.education")).RaiseConcernAsync("Ava North");
        var mash = await _app.SignedInBrowserAsync("mash.childrens-social-care");

        var (status, inbox) = await mash.ReadAsync("/tasks");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["My tasks"], PageClient.Headings(inbox));
        Assert.Contains("href=\"/tasks?show=team\" aria-current=\"page\"", inbox, StringComparison.Ordinal);
        var taskId = Assert.Single(PageClient.TaskLinks(inbox, caseId));
        Assert.Matches($"/cases/{caseId}/tasks/{taskId}\">Acknowledge and decide referral<span class=\"govuk-visually-hidden\"> for Ava North, CASE-[0-9A-F]{{8}}</span></a>[\\s\\S]*?due tomorrow", inbox);
        Assert.DoesNotContain(caseId.ToString(), (await mash.ReadAsync("/tasks?show=me")).Html, StringComparison.Ordinal);

        var claimed = await mash.PostFormAsync($"/cases/{caseId}/tasks/{taskId}", $"/cases/{caseId}/tasks/{taskId}/claim", []);
        Assert.Equal(HttpStatusCode.Redirect, claimed.StatusCode);

        var mine = (await mash.ReadAsync("/tasks?show=me")).Html;
        Assert.Contains($"/cases/{caseId}/tasks/{taskId}", mine, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\">Sam Okafor (MASH social worker)</td>", mine, StringComparison.Ordinal);
        Assert.Contains("Release this task", (await mash.ReadAsync($"/cases/{caseId}/tasks/{taskId}")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completing_the_MASH_task_with_exploitation_screening_moves_the_case_and_shows_it_in_the_journal()
    {
        var caseId = await (await _app.SignedInBrowserAsync("dsl.education")).RaiseConcernAsync("Ben East");
        var mash = await _app.SignedInBrowserAsync("mash.childrens-social-care");
        var taskId = Assert.Single(PageClient.TaskLinks((await mash.ReadAsync("/tasks?show=agency")).Html, caseId));
        var taskPath = $"/cases/{caseId}/tasks/{taskId}";

        var (status, page) = await mash.ReadAsync(taskPath);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["Acknowledge and decide referral"], PageClient.Headings(page));
        Assert.Contains("Front-door screening (MASH)", page, StringComparison.Ordinal);
        Assert.Contains("<label class=\"govuk-label govuk-label--s\" for=\"field-decisionRationale\">Why this decision?</label>", page, StringComparison.Ordinal);
        Assert.Contains("name=\"outcome\" type=\"radio\" value=\"exploitation-screening\"", page, StringComparison.Ordinal);
        var version = Regex.Match(page, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;

        var refused = await mash.PostFormAsync(taskPath, taskPath + "/complete", [new("version", version)]);
        var errors = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<a href=\"#outcome\">Choose an outcome for &#x27;Acknowledge and decide referral&#x27;.</a>", errors, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#field-decisionRationale\">Answer &#x27;Why this decision?&#x27;.</a>", errors, StringComparison.Ordinal);
        Assert.Contains("id=\"field-decisionRationale-error\"", errors, StringComparison.Ordinal);
        Assert.Contains("id=\"outcome-error\"", errors, StringComparison.Ordinal);

        var done = await mash.PostFormAsync(taskPath, taskPath + "/complete", [
            new("version", version), new("outcome", "exploitation-screening"), new("field-decisionRationale", "Older associates and a second phone: screen for exploitation.")]);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal($"/cases/{caseId}", done.Headers.Location!.OriginalString);

        var (caseStatus, casePage) = await mash.ReadAsync($"/cases/{caseId}");
        Assert.Equal(HttpStatusCode.OK, caseStatus);
        Assert.Equal(["Ben East"], PageClient.Headings(casePage));
        Assert.Matches("id=\"current-stage\">Exploitation screening", casePage);
        Assert.Matches("Open tasks</h2>[\\s\\S]*?/tasks/[0-9a-f-]{36}\">Exploitation screening</a>", casePage);
        Assert.Matches("moj-timeline__title\">Task completed: Acknowledge and decide referral</h3>\\s*<p class=\"moj-timeline__byline\">by Sam Okafor \\(MASH social worker\\)", casePage);
        Assert.Contains("Outcome: Exploitation screening", casePage, StringComparison.Ordinal);
        Assert.Contains("moj-timeline__title\">Case viewed</h3>", casePage, StringComparison.Ordinal);
        Assert.Contains("class exploitation_screening current", casePage, StringComparison.Ordinal);
        Assert.Matches(@"Front-door screening \(MASH\)</div>\s*<div class=""govuk-task-list__status"">\s*<span>Done</span>", casePage);
        Assert.Matches(@"Exploitation screening</div>\s*<div class=""govuk-task-list__status"">\s*<strong class=""govuk-tag govuk-tag--blue"">Here now</strong>", casePage);
        Assert.Matches(@"MACE referral</div>\s*<div class=""govuk-task-list__status"">\s*<span class=""govuk-task-list__status--cannot-start-yet"">Not reached</span>", casePage);
        Assert.Contains("Several phones", casePage, StringComparison.Ordinal);

        var again = await mash.PostFormAsync(taskPath, taskPath + "/complete", [
            new("version", version), new("outcome", "no-further-action"), new("field-decisionRationale", "Second try.")]);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("govuk-notification-banner", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_opening_of_the_case_page_writes_one_view_to_the_disclosure_log()
    {
        var caseId = await (await _app.SignedInBrowserAsync("dsl.education")).RaiseConcernAsync("Cal West");
        var lead = await _app.SignedInBrowserAsync("chair.partnership");

        await lead.ReadAsync($"/cases/{caseId}");
        var html = (await lead.ReadAsync($"/cases/{caseId}")).Html;

        Assert.Equal(2, Regex.Count(html, "moj-timeline__title\">Case viewed</h3>\\s*<p class=\"moj-timeline__byline\">by Helen Ward \\(partnership chair\\)"));
    }

    [Fact]
    public async Task Other_agencies_are_refused_the_task_and_case_pages_and_do_not_find_the_case_in_the_list()
    {
        var caseId = await (await _app.SignedInBrowserAsync("dsl.education")).RaiseConcernAsync("Dee South");
        var mash = await _app.SignedInBrowserAsync("mash.childrens-social-care");
        var taskId = Assert.Single(PageClient.TaskLinks((await mash.ReadAsync("/tasks?show=agency")).Html, caseId));
        var police = await _app.SignedInBrowserAsync("practitioner.police");

        var task = await police.ReadAsync($"/cases/{caseId}/tasks/{taskId}");
        var casePage = await police.ReadAsync($"/cases/{caseId}");
        var list = await police.ReadAsync("/cases?child=Dee");
        var claim = await police.PostFormAsync("/tasks", $"/cases/{caseId}/tasks/{taskId}/claim", []);

        Assert.Equal(HttpStatusCode.Forbidden, task.Status);
        Assert.Equal(HttpStatusCode.Forbidden, casePage.Status);
        Assert.Equal(HttpStatusCode.Forbidden, claim.StatusCode);
        Assert.DoesNotContain("Dee South", task.Html + casePage.Html, StringComparison.Ordinal);
        Assert.Contains("No cases found.", list.Html, StringComparison.Ordinal);
        Assert.Contains("Dee South", (await mash.ReadAsync("/cases?child=Dee")).Html, StringComparison.Ordinal);
        Assert.Contains("Dee South", (await (await _app.SignedInBrowserAsync("chair.partnership")).ReadAsync("/cases?child=Dee")).Html, StringComparison.Ordinal);
    }

    public sealed class OnSqlite(WebAppFactory app) : TaskFlowPageTests(app), IClassFixture<WebAppFactory>;

    public sealed class OnPostgreSql(PostgreSqlWebAppFactory app) : TaskFlowPageTests(app), IClassFixture<PostgreSqlWebAppFactory>;
}
