using System.Net;
using System.Text.Json.Nodes;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.Pages;

/// <summary>The case page after screening: the risk level, the score and the rule that set it, and why the case closed, in words.</summary>
public sealed class CaseScreeningPageTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public CaseScreeningPageTests(WebAppFactory app) => _app = app;

    private async Task CompleteActiveAsync(Guid caseId, string outcome, object data)
    {
        var task = await ApiCalls.ActiveTaskAsync(_app, caseId);
        var mash = await _app.As("mash.childrens-social-care");
        var path = $"/api/cases/{caseId}/tasks/{task["id"]}";
        await (await mash.PostAsync($"{path}/claim")).JsonAsync();
        await (await mash.PostAsync($"{path}/complete", new { outcome, data, expectedVersion = task["version"]!.GetValue<long>() + 1 })).JsonAsync();
    }

    [Fact]
    public async Task A_case_screened_as_emerging_shows_its_score_the_rule_that_set_the_risk_and_why_it_closed()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Sam Okafor", new JsonObject { ["multiplePhones"] = true });
        await CompleteActiveAsync(caseId, "exploitation-screening", new { decisionRationale = "Two phones and missing once: screen." });

        await CompleteActiveAsync(caseId, "screened", new { missingEpisodes = 1, attendancePercent = 95.5m });

        var lead = await _app.SignedInBrowserAsync("chair.partnership");
        var (status, html) = await lead.ReadAsync($"/cases/{caseId}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"risk-level\">Emerging risk</dd>", html, StringComparison.Ordinal);
        // One missing episode (2) and several phones (1); attendance of 95.5% is not persistent absence.
        Assert.Matches("id=\"rule-decision\">\\s*Score 3, gave 'emerging' by rule 'emerging' of exploitation-screening \\(version \\d+\\), ", html);
        Assert.Contains("id=\"closed-because\">Closed: single-agency support. Screening did not indicate a MACE referral.</dd>", html, StringComparison.Ordinal);
    }
}
