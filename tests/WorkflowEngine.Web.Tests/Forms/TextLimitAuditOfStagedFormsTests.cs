using System.Net;
using WorkflowEngine.Tests.Shared;
using WorkflowEngine.Web.Tests.Api;
using WorkflowEngine.Web.Tests.CaseMigration;
using WorkflowEngine.Web.Tests.Pages;

namespace WorkflowEngine.Web.Tests.Forms;

/// <summary>
/// The form pages <see cref="TextLimitAuditTests"/> cannot reach by simply opening them: the hand-over
/// decline form (only for the agency a task was passed to), moving a case by hand (only along a manual
/// transition its stage has) and the migration dry run (the answer to a post, after a second version).
/// They publish new workflow versions, so they run on an app of their own.
/// </summary>
public sealed class TextLimitAuditOfStagedFormsTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public TextLimitAuditOfStagedFormsTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task The_hand_over_decline_form_states_its_reasons_limit()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Hana Handover");
        // The first open task: the dry run's test may have published a version whose front door has two.
        var task = (await ApiCalls.CaseAsync(_app, caseId))["tasks"]!.AsArray().First(t => t!["closedAt"] is null && t["agency"]?.GetValue<string>() == "childrens-social-care")!;
        await (await (await _app.As("manager.childrens-social-care")).PostAsync($"/api/cases/{caseId}/tasks/{task["id"]}/reassign",
            new { agency = "police", reason = "Police hold the intelligence." })).JsonAsync();

        var (status, html) = await (await _app.SignedInBrowserAsync("practitioner.police")).ReadAsync($"/cases/{caseId}/tasks/{task["id"]}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"decline-reason\"", html, StringComparison.Ordinal);
        Assert.Empty(FormAudit.TextBoxesWithoutALimit(html));
    }

    [Fact]
    public async Task The_form_to_move_a_case_by_hand_states_its_reasons_limit()
    {
        await ApiCalls.PublishExclusionWithAManualWithdrawalAsync(_app);
        var opened = await (await (await _app.As("dsl.education")).PostAsync("/api/cases", new
        {
            workflow = "exclusion",
            child = new { name = "Mo Mover" },
            contact = new { referrer = "Priya Shah", concern = "Suspended for five days." },
        })).JsonAsync(HttpStatusCode.Created);

        var (status, html) = await (await _app.SignedInBrowserAsync("manager.education")).ReadAsync($"/cases/{opened["id"]}/move?transition=withdrawn");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, FormAudit.TextBoxes(html));
        Assert.Empty(FormAudit.TextBoxesWithoutALimit(html));
    }

    [Fact]
    public async Task The_migration_dry_run_states_its_reasons_limit()
    {
        await MigrationSetup.VersionTwoAsync(_app);
        const string page = "/library/workflows/cce-referral/migrate";
        var lead = await _app.SignedInBrowserAsync("chair.partnership");

        var dryRun = await lead.PostFormAsync(page + "?from=1&to=2", page + "/dry-run",
            [new("from", "1"), new("to", "2"), new($"map[{CceReferralRevision.OldStrategy}]", CceReferralRevision.NewStrategy)]);
        var html = await dryRun.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode);
        Assert.True(FormAudit.TextBoxes(html) >= 1, "The dry run showed no reason box.");
        Assert.Empty(FormAudit.TextBoxesWithoutALimit(html));
    }
}
