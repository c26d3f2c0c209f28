using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowEngine.Tests.Shared;
using WorkflowEngine.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkflowEngine.Web.BrowserTests.Scenarios;

/// <summary>
/// Issue 14's migration walk for a safeguarding lead: version 2 of cce-referral is published (a
/// police records check at the front door, the strategy discussion renamed), and the lead moves the
/// running cases from the library: chooses the versions, maps the renamed stage, reads the dry run,
/// confirms with a reason. Every page is scanned with axe.
/// </summary>
public sealed class CaseMigrationScenarioTests(LiveApp live) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task A_lead_dry_runs_a_migration_and_then_moves_the_running_cases()
    {
        var running = await FrontDoorConcerns.OpenAsync(live, "Morgan Moved", missingEpisodes: 1);
        var version = await PublishVersionTwoAsync();

        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "chair.partnership");
        await page.GotoAsync(live.App.Url($"/library/workflows/cce-referral/{version}"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Move running cases to another version" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Move running cases to another version" })).ToBeVisibleAsync();
        await page.GetByLabel(new Regex(@"^Version 1 \(")).CheckAsync();
        await page.GetByLabel(new Regex($@"^Version {version}, stored")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Choose these versions" }).ClickAsync();
        var strategy = page.Locator($"#map-{CceReferralRevision.OldStrategy}");
        if (await strategy.CountAsync() > 0)
        {
            await strategy.SelectOptionAsync(CceReferralRevision.NewStrategy);
        }

        await Screenshots.TakeAsync(page, "migration-choose");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Check what would change" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "What moving the cases would change" })).ToBeVisibleAsync();
        await Expect(page.Locator("#dry-run")).ToContainTextAsync("Check police records (police)");
        await Screenshots.TakeAsync(page, "migration-dry-run");
        await Axe.AssertNoViolationsAsync(page);

        // Without a reason it is refused beside the field; with one, the cases move.
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($@"^Move \d+ cases? to version {version}$") }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Give a reason: it is recorded on every case moved.");
        await Axe.AssertNoViolationsAsync(page);
        await page.Locator("#reason").FillAsync("Police records are checked at the front door.");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($@"^Move \d+ cases? to version {version}$") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = new Regex($@"moved to version {version}$") })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "migration-done");
        await Axe.AssertNoViolationsAsync(page);

        using var chair = await ApiClients.SignedInAsync(live, "chair.partnership");
        var moved = await chair.GetFromJsonAsync<JsonObject>($"/api/cases/{running}");
        Assert.Equal(version, moved!["workflowVersion"]!.GetValue<int>());
    }

    private async Task<int> PublishVersionTwoAsync()
    {
        using var chair = await ApiClients.SignedInAsync(live, "chair.partnership");
        var v1 = await chair.GetFromJsonAsync<JsonObject>("/api/workflows/cce-referral/versions/1");
        using var draft = new StringContent(CceReferralRevision.Revise(v1!["content"]!.ToJsonString()), Encoding.UTF8, "application/json");
        var saved = await chair.PostAsync(new Uri("/api/workflows/cce-referral/drafts", UriKind.Relative), draft);
        Assert.Equal(System.Net.HttpStatusCode.Created, saved.StatusCode);
        var version = (await saved.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<int>();
        var published = await chair.PostAsync(new Uri($"/api/workflows/cce-referral/versions/{version}/publish", UriKind.Relative), null);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        return version;
    }
}
