using System.Net;
using System.Text.RegularExpressions;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.Forms;

/// <summary>
/// Every form page, read as each person who uses it: no text box may leave its limit unstated (a
/// character count under a textarea, "Up to N characters" in a one-line box's hint), so a field
/// added later cannot forget.
/// </summary>
public sealed partial class TextLimitAuditTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public TextLimitAuditTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task Every_text_box_on_every_form_page_states_its_limit()
    {
        var school = await _app.SignedInBrowserAsync("dsl.education");
        var caseId = await school.RaiseConcernAsync("Lia Limits");
        await school.RaiseConcernAsync("Lia Limitz");
        var manager = await _app.SignedInBrowserAsync("manager.childrens-social-care");
        var lead = await _app.SignedInBrowserAsync("chair.partnership");
        var admin = await _app.SignedInBrowserAsync("admin.partnership");
        var taskPath = $"/cases/{caseId}/tasks/{PageClient.TaskLinks((await manager.ReadAsync("/tasks?show=agency")).Html, caseId)[0]}";
        var escalated = await manager.PostFormAsync(taskPath, taskPath + "/escalate", [new("reason", "No answer from the school.")]);
        Assert.Equal(HttpStatusCode.Redirect, escalated.StatusCode);
        var records = ChildIds().Matches((await lead.ReadAsync("/children?q=Lia")).Html).Select(m => m.Groups[1].Value).Distinct().Take(2).ToList();
        Assert.Equal(2, records.Count);
        var sitting = SittingLink().Match((await lead.ReadAsync("/panels")).Html).Value;

        var pages = new List<(HttpClient Client, string Path)>
        {
            (_app.Browser(), "/sign-in"),
            (school, "/concerns/new"), (school, "/cases"),
            (manager, "/tasks"), (manager, taskPath), (manager, "/escalations"),
            (manager, $"/cases/{caseId}/notes/new"), (manager, $"/cases/{caseId}/tracks/new"), (manager, $"/cases/{caseId}/close"),
            (manager, $"/cases/{caseId}/escalate"), (manager, $"/cases/{caseId}/documents/new"),
            (lead, "/children?q=Lia"), (lead, $"/children/compare?q=Lia&ids={records[0]}&ids={records[1]}"), (lead, "/dashboard"),
            (lead, "/library/rulesets/front-door-routing/bench"), (lead, "/library/rulesets/task-assignment/bench"),
            (lead, "/library/workflows/cce-referral/1/retire"), (lead, "/library/workflows/cce-referral/migrate"),
            (admin, "/admin/disclosures"), (admin, "/admin/people"), (admin, "/admin/people/practitioner.police"), (admin, "/admin/journal"), (admin, "/admin/health"),
        };
        if (sitting.Length > 0)
        {
            pages.Add((lead, sitting));
        }

        var boxes = 0;
        var unstated = new List<string>();
        foreach (var (client, path) in pages)
        {
            var (status, html) = await client.ReadAsync(path);
            Assert.True(status == HttpStatusCode.OK, $"{path}: {status}");
            boxes += FormAudit.TextBoxes(html);
            unstated.AddRange(FormAudit.TextBoxesWithoutALimit(html).Select(id => $"{path} #{id}"));
        }

        Assert.True(unstated.Count == 0, "Text boxes that do not state their limit: " + string.Join(", ", unstated));
        Assert.True(boxes >= 20, $"Only {boxes} text boxes were read: the pages did not show their forms.");
    }

    [Fact]
    public async Task A_task_forms_text_box_states_the_limit_the_engine_enforces()
    {
        var caseId = await (await _app.SignedInBrowserAsync("dsl.education")).RaiseConcernAsync("Rae Rationale");
        var mash = await _app.SignedInBrowserAsync("mash.childrens-social-care");
        var taskPath = $"/cases/{caseId}/tasks/{PageClient.TaskLinks((await mash.ReadAsync("/tasks?show=agency")).Html, caseId)[0]}";

        var (_, html) = await mash.ReadAsync(taskPath);

        Assert.Contains("id=\"field-decisionRationale-info\" class=\"govuk-hint govuk-character-count__message\">You can enter up to 10,000 characters", html, StringComparison.Ordinal);
        Assert.Empty(FormAudit.TextBoxesWithoutALimit(html));
    }

    [GeneratedRegex("name=\"ids\" type=\"checkbox\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex ChildIds();

    [GeneratedRegex("/panels/\\d{4}-\\d{2}-\\d{2}")]
    private static partial Regex SittingLink();
}
