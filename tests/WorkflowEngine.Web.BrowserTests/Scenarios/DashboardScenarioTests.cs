using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowEngine.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkflowEngine.Web.BrowserTests.Scenarios;

/// <summary>
/// Issue 7's browser scenario: the partnership chair opens the dashboard, changes the period,
/// drills into a figure and downloads the CSV of the cases behind it; axe finds nothing on any
/// page. A practitioner is refused.
/// </summary>
public sealed class DashboardScenarioTests(LiveApp live) : IClassFixture<LiveApp>
{
    private const string Figure = "Referral decisions within 1 working day";

    [Fact]
    public async Task A_lead_changes_the_period_drills_into_a_figure_and_downloads_its_cases()
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "chair.partnership");

        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Partnership dashboard" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "MACE cases with a disruption measure recorded" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Period", new() { Exact = true }).SelectOptionAsync("year");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("period=year"));
        await Expect(page.GetByText(new Regex("^1 January \\d{4} to 31 December \\d{4}$"))).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Cases behind: " + Figure }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Cases behind: " + Figure })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download these cases (CSV)" }).ClickAsync());
        var path = await download.PathAsync();
        Assert.StartsWith("measure,case_reference,child,workflow,opened_at_utc,met,detail", await File.ReadAllTextAsync(path!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_practitioner_is_refused_the_dashboard()
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "practitioner.police");
        var response = await page.GotoAsync(live.App.Url("/dashboard"));
        Assert.Equal(403, response!.Status);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Dashboard", Exact = true })).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(page);
    }
}
