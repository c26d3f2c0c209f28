using System.Net;
using System.Text.RegularExpressions;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.Forms;

/// <summary>
/// Bad input posted to each form: the GOV.UK error summary lists the errors in the order the fields
/// come on the page, each linked to its field, which shows its own message; text over its limit is
/// refused with the field named and nothing is saved.
/// </summary>
public sealed partial class FormErrorOrderTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public FormErrorOrderTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task The_concern_form_lists_its_errors_in_page_order_and_saves_nothing_when_the_concern_is_too_long()
    {
        var school = await _app.SignedInBrowserAsync("dsl.education");

        var refused = await school.PostFormAsync("/concerns/new", "/concerns/new", [
            new("ChildName", "Orla Overlong"), new("Referrer", new string('r', 201)), new("Concern", new string('c', 10_001)), new("MissingEpisodes", "lots")]);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Referrer", "Concern", "Urgent", "MissingEpisodes"], FormAudit.AssertSummaryFollowsTheForm(html));
        Assert.Contains(FormAudit.SummaryLinks(html), l => l.Target == "Concern" && l.Message.StartsWith("The concern is too long: 10,001 characters, and at most 10,000", StringComparison.Ordinal));
        Assert.Contains(FormAudit.SummaryLinks(html), l => l.Target == "Referrer" && l.Message.StartsWith("Who raised the concern is too long", StringComparison.Ordinal));
        Assert.DoesNotContain("Orla Overlong", (await school.ReadAsync("/cases")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_task_form_lists_its_own_fields_before_the_outcome_and_refuses_an_answer_over_the_fields_limit()
    {
        var (mash, caseId, taskPath) = await MashTaskAsync("Tom Order");
        var version = Version((await mash.ReadAsync(taskPath)).Html);

        var refused = await mash.PostFormAsync(taskPath, taskPath + "/complete", [new("version", version), new("field-decisionRationale", new string('d', 10_001))]);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["field-decisionRationale", "outcome"], FormAudit.AssertSummaryFollowsTheForm(html));
        Assert.Contains(FormAudit.SummaryLinks(html), l => l.Message.StartsWith("'Why this decision?' is too long: 10,001 characters, and at most 10,000", StringComparison.Ordinal));
        Assert.Contains("data-module=\"govuk-character-count\" data-maxlength=\"10000\"", html, StringComparison.Ordinal);
        Assert.Single(PageClient.TaskLinks((await mash.ReadAsync("/tasks?show=agency")).Html, caseId));
    }

    [Fact]
    public async Task A_case_note_lists_kind_date_and_text_in_that_order_and_an_over_long_note_is_not_added()
    {
        var (mash, caseId, _) = await MashTaskAsync("Nia Notes");
        var path = $"/cases/{caseId}/notes/new";

        var refused = await mash.PostFormAsync(path, $"/cases/{caseId}/notes", [
            new("occurred-day", "31"), new("occurred-month", "2"), new("occurred-year", "2026"), new("text", "Marker note " + new string('n', 5_000))]);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["kind", "occurred-day", "text"], FormAudit.AssertSummaryFollowsTheForm(html));
        Assert.Contains(FormAudit.SummaryLinks(html), l => l.Target == "text" && l.Message.Contains("at most 5,000", StringComparison.Ordinal));
        Assert.DoesNotContain("Marker note", (await mash.ReadAsync($"/cases/{caseId}")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_a_case_with_an_over_long_reason_is_refused_beside_the_reason_and_the_case_stays_open()
    {
        var (_, caseId, _) = await MashTaskAsync("Cal Close");
        var manager = await _app.SignedInBrowserAsync("manager.childrens-social-care");

        var refused = await manager.PostFormAsync($"/cases/{caseId}/close", $"/cases/{caseId}/close", [new("reason", new string('x', 2_001))]);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["reason"], FormAudit.AssertSummaryFollowsTheForm(html));
        Assert.Contains(FormAudit.SummaryLinks(html), l => l.Message.StartsWith("The reason is too long: 2,001 characters, and at most 2,000", StringComparison.Ordinal));
        Assert.Single(PageClient.TaskLinks((await manager.ReadAsync("/tasks?show=agency")).Html, caseId));
    }

    [Fact]
    public async Task Escalating_a_task_by_hand_with_an_over_long_reason_is_refused_and_nothing_is_escalated()
    {
        var (_, caseId, taskPath) = await MashTaskAsync("Eli Escalate");
        var manager = await _app.SignedInBrowserAsync("manager.childrens-social-care");

        var refused = await manager.PostFormAsync(taskPath, taskPath + "/escalate", [new("reason", new string('x', 2_001))]);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["escalate-reason"], FormAudit.AssertSummaryFollowsTheForm(html));
        Assert.DoesNotContain("Eli Escalate", (await manager.ReadAsync("/escalations")).Html, StringComparison.Ordinal);
        Assert.DoesNotContain("High priority", (await manager.ReadAsync(taskPath)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_lists_the_user_name_before_the_password_and_refuses_a_user_name_over_its_limit()
    {
        var browser = _app.Browser();

        var refused = await browser.PostFormAsync("/sign-in", "/sign-in", [new("UserName", new string('u', 201)), new("Password", "")]);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(["UserName", "Password"], FormAudit.AssertSummaryFollowsTheForm(html));
        Assert.Contains(FormAudit.SummaryLinks(html), l => l.Message == "Your user name must be 200 characters or fewer");
        Assert.DoesNotContain(".AspNetCore.Identity.Application", string.Join(";", refused.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_over_its_limit_is_refused_beside_the_box()
    {
        var lead = await _app.SignedInBrowserAsync("chair.partnership");

        var (casesStatus, cases) = await lead.ReadAsync("/cases?child=" + new string('a', 101));
        var (childrenStatus, children) = await lead.ReadAsync("/children?q=" + new string('a', 101));

        Assert.Equal(HttpStatusCode.BadRequest, casesStatus);
        Assert.Equal(["child"], FormAudit.AssertSummaryFollowsTheForm(cases));
        Assert.Contains(FormAudit.SummaryLinks(cases), l => l.Message == "The child's name must be 100 characters or fewer");
        Assert.Equal(HttpStatusCode.BadRequest, childrenStatus);
        Assert.Equal(["q"], FormAudit.AssertSummaryFollowsTheForm(children));
    }

    [Fact]
    public async Task The_rule_set_bench_lists_its_errors_in_page_order_and_does_not_save_an_example_with_an_over_long_name()
    {
        var lead = await _app.SignedInBrowserAsync("chair.partnership");
        const string Bench = "/library/rulesets/front-door-routing/bench";

        var refused = await lead.PostFormAsync(Bench, Bench + "/save", [new("ExampleName", "Marker example " + new string('e', 100))]);
        var html = await refused.Content.ReadAsStringAsync();

        var order = FormAudit.AssertSummaryFollowsTheForm(html);
        Assert.Equal(["ExampleName", "Expected"], order.TakeLast(2));
        Assert.Contains(FormAudit.SummaryLinks(html), l => l.Message == "The name of the example must be 100 characters or fewer");
        Assert.DoesNotContain("Marker example eee", (await lead.ReadAsync(Bench)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_panel_action_lists_agency_text_and_due_date_in_that_order_and_an_over_long_action_is_not_recorded()
    {
        const string Sitting = "/panels/2026-03-17";
        var caseId = await global::WorkflowEngine.Web.Tests.Panels.PanelCases.PutForwardAsync(_app, "Pia Panel");
        var coordinator = await _app.SignedInBrowserAsync("coordinator.childrens-social-care");
        await coordinator.PostFormAsync(Sitting, $"{Sitting}/agenda", [new("caseId", caseId.ToString())]);

        var refused = await coordinator.PostFormAsync(Sitting, $"{Sitting}/cases/{caseId}/actions",
            [new("text", "Marker action " + new string('a', 2_000)), new("dueOn-day", "1"), new("dueOn-month", "3"), new("dueOn-year", "2026")]);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal([$"action-agency-{caseId}", $"action-text-{caseId}", $"action-due-{caseId}"], FormAudit.AssertSummaryFollowsTheForm(html));
        Assert.Contains($"data-maxlength=\"{WorkflowEngine.Core.Panels.PanelService.TextLimit}\"", html, StringComparison.Ordinal);
        Assert.Empty(FormAudit.TextBoxesWithoutALimit(html));
        Assert.DoesNotContain("Marker action", (await coordinator.ReadAsync(Sitting)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_a_track_with_a_bad_date_shows_every_fields_error_together_in_the_forms_order_and_starts_nothing()
    {
        var (mash, caseId, _) = await MashTaskAsync("Tia Tracks");
        var path = $"/cases/{caseId}/tracks/new";

        var refused = await mash.PostFormAsync(path, $"/cases/{caseId}/tracks", [
            new("occurred-day", "31"), new("occurred-month", "2"), new("occurred-year", "2026"), new("occurred-time", "")]);
        var html = await refused.Content.ReadAsStringAsync();
        var overLong = await mash.PostFormAsync(path, $"/cases/{caseId}/tracks", [
            new("workflow", "missing-episode"), new("occurred-day", "31"), new("occurred-month", "2"), new("occurred-year", "2026"), new("reason", new string('r', 2_001))]);
        var overLongHtml = await overLong.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["workflow", "occurred-day", "reason"], FormAudit.AssertSummaryFollowsTheForm(html));
        Assert.Contains(FormAudit.SummaryLinks(html), l => l.Target == "occurred-day" && l.Message == "The date it happened must be a real date, like 27 3 2026");
        Assert.Contains(FormAudit.SummaryLinks(html), l => l.Target == "reason" && l.Message.StartsWith("Give a reason", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, overLong.StatusCode);
        Assert.Equal(["occurred-day", "reason"], FormAudit.AssertSummaryFollowsTheForm(overLongHtml));
        Assert.Contains(FormAudit.SummaryLinks(overLongHtml), l => l.Target == "reason" && l.Message.StartsWith("The reason is too long: 2,001 characters", StringComparison.Ordinal));
        Assert.Contains("value=\"missing-episode\" checked", overLongHtml, StringComparison.Ordinal);
        Assert.Contains("This is the only case or track for this child.", (await mash.ReadAsync($"/cases/{caseId}")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extending_a_due_date_with_a_bad_date_shows_the_reason_and_note_errors_too_and_the_due_date_stays()
    {
        var (_, caseId, taskPath) = await MashTaskAsync("Eve Extend");
        var manager = await _app.SignedInBrowserAsync("manager.childrens-social-care");
        var before = (await manager.ReadAsync(taskPath)).Html;

        var noReason = await manager.PostFormAsync(taskPath, taskPath + "/extend", [
            new("tool", "extend"), new("extend-date-day", "30"), new("extend-date-month", "2"), new("extend-date-year", "2026")]);
        var noReasonHtml = await noReason.Content.ReadAsStringAsync();
        var otherWithoutNote = await manager.PostFormAsync(taskPath, taskPath + "/extend", [
            new("tool", "extend"), new("extend-date-day", "x"), new("extend-date-month", "2"), new("extend-date-year", "2026"), new("reason", "other")]);
        var otherHtml = await otherWithoutNote.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(["extend-date-day", "extend-reason"], FormAudit.AssertSummaryFollowsTheForm(noReasonHtml));
        Assert.Contains(FormAudit.SummaryLinks(noReasonHtml), l => l.Target == "extend-date-day" && l.Message == "Enter the new due date as a real date, like 27 3 2026");
        Assert.Equal(HttpStatusCode.BadRequest, otherWithoutNote.StatusCode);
        Assert.Equal(["extend-date-day", "extend-note"], FormAudit.AssertSummaryFollowsTheForm(otherHtml));
        Assert.Contains(FormAudit.SummaryLinks(otherHtml), l => l.Target == "extend-note" && l.Message == "Say why, since the reason is 'other'.");
        Assert.Equal(DueLine().Match(before).Value, DueLine().Match((await manager.ReadAsync(taskPath)).Html).Value);
    }

    private async Task<(HttpClient Mash, Guid CaseId, string TaskPath)> MashTaskAsync(string child)
    {
        var caseId = await (await _app.SignedInBrowserAsync("dsl.education")).RaiseConcernAsync(child);
        var mash = await _app.SignedInBrowserAsync("mash.childrens-social-care");
        var taskId = Assert.Single(PageClient.TaskLinks((await mash.ReadAsync("/tasks?show=agency")).Html, caseId));
        return (mash, caseId, $"/cases/{caseId}/tasks/{taskId}");
    }

    private static string Version(string html) => VersionField().Match(html).Groups[1].Value;

    [GeneratedRegex("Due</dt>\\s*<dd[^>]*>[^<]*")]
    private static partial Regex DueLine();

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
