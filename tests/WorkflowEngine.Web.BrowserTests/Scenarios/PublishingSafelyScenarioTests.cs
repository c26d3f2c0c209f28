using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowEngine.Core.Tests;
using WorkflowEngine.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkflowEngine.Web.BrowserTests.Scenarios;

/// <summary>
/// Issue 14's browser scenarios, with four-eyes publishing on: a lead who tries to retire the front
/// door's routing rules is refused with the list of what uses them; a lead submits a draft for
/// approval with a reason, a second lead approves it, and the library shows both steps with who,
/// when and why. Every page is scanned with axe.
/// </summary>
public sealed class PublishingSafelyScenarioTests(ApprovalRequiredLiveApp live) : IClassFixture<ApprovalRequiredLiveApp>
{
    [Fact]
    public async Task A_lead_retiring_a_rule_set_in_use_is_refused_with_the_list_of_what_uses_it()
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "chair.partnership");

        await page.GotoAsync("/library/rule-sets/front-door-routing/1");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Retire", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Retire version 1?" })).ToBeVisibleAsync();
        await Expect(page.Locator("#consequences")).ToContainTextAsync("'front-door-routing' will have no published version");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Why are you retiring it?").FillAsync("Replaced by the new routing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Retire version 1" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToContainTextAsync(new Regex(
            @"Workflow 'Child criminal exploitation referral' version 1 \(starts new cases and \d+ cases run on it\) uses it to decide where cases go from stage 'Contact'\."));
        await Expect(page.GetByLabel("Why are you retiring it?")).ToHaveValueAsync("Replaced by the new routing");
        await Screenshots.TakeAsync(page, "retire-refused");
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_lead_submits_a_draft_a_second_lead_approves_it_and_the_library_shows_both()
    {
        var version = await SaveDraftAsync("lead.police", "disruption-plan-closure");
        var library = $"/library/rule-sets/disruption-plan-closure/{version}";

        // The author submits it with a reason; the library says someone else must approve it.
        await using var authorContext = await live.NewContextAsync();
        var author = await authorContext.NewPageAsync();
        await SignInSteps.SignInAsync(author, "lead.police");
        await author.GotoAsync(library);
        await Expect(author.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true })).ToHaveCountAsync(0);
        await author.GetByRole(AriaRole.Button, new() { Name = "Submit for approval" }).ClickAsync();
        await Expect(author.GetByRole(AriaRole.Heading, new() { Name = $"Submit version {version} for approval?" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(author);
        await author.GetByLabel("Why are you making this change?").FillAsync("Plans close after the new 12-week review");
        await author.GetByRole(AriaRole.Button, new() { Name = $"Submit version {version} for approval" }).ClickAsync();
        await Expect(author.Locator("#version-summary")).ToContainTextAsync("Draft, waiting for approval");
        await Expect(author.Locator("#own-work")).ToHaveTextAsync($"You wrote version {version} of 'disruption-plan-closure', so another lead must approve it.");
        await Axe.AssertNoViolationsAsync(author);

        // A second lead reads who submitted it and why, and approves it.
        await using var reviewerContext = await live.NewContextAsync();
        var reviewer = await reviewerContext.NewPageAsync();
        await SignInSteps.SignInAsync(reviewer, "chair.partnership");
        await reviewer.GotoAsync(library);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        await Expect(reviewer.Locator("#consequences")).ToContainTextAsync("submitted for approval by lead.police");
        await Expect(reviewer.Locator("#consequences")).ToContainTextAsync("because: Plans close after the new 12-week review");
        await Axe.AssertNoViolationsAsync(reviewer);
        await reviewer.GetByLabel("Note (optional)").FillAsync("Agreed at the partnership meeting");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = $"Approve and publish version {version}" }).ClickAsync();

        await Expect(reviewer.Locator("#version-summary")).ToContainTextAsync("Published");
        await Expect(reviewer.Locator("#version-summary")).ToContainTextAsync("by chair.partnership");
        var history = reviewer.Locator("#version-history");
        await Expect(history.Locator("tr", new() { HasText = "Approved and published" })).ToContainTextAsync("chair.partnership");
        await Expect(history.Locator("tr", new() { HasText = "Approved and published" })).ToContainTextAsync("Agreed at the partnership meeting");
        await Expect(history.Locator("tr", new() { HasText = "Submitted for approval" })).ToContainTextAsync("lead.police");
        await Expect(history.Locator("tr", new() { HasText = "Submitted for approval" })).ToContainTextAsync("Plans close after the new 12-week review");
        await Screenshots.TakeAsync(reviewer, "approved");
        await Axe.AssertNoViolationsAsync(reviewer);
    }

    private async Task<int> SaveDraftAsync(string userName, string ruleSet)
    {
        using var api = await ApiClients.SignedInAsync(live, userName);
        var content = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Rules, ruleSet + ".json")))!;
        var response = await api.PostAsJsonAsync($"/api/rulesets/{ruleSet}/drafts", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<int>();
    }
}
