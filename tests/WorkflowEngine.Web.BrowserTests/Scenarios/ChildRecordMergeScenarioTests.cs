using Microsoft.Playwright;
using WorkflowEngine.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkflowEngine.Web.BrowserTests.Scenarios;

/// <summary>
/// Issue 16 item 8 in Chromium: two records of one child (a misspelt surname) are found by a lead,
/// compared side by side and merged with a reason; the case page then lists the other case. Every
/// page is scanned with axe; screenshots go to SCREENSHOT_DIR.
/// </summary>
public sealed class ChildRecordMergeScenarioTests(LiveApp live) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task A_lead_finds_two_records_of_one_child_compares_them_and_merges_them_with_a_reason()
    {
        var tag = "q" + Guid.NewGuid().ToString("N")[..5];
        var kept = await FrontDoorConcerns.OpenAsync(live, $"Rowan Featherstone {tag}", 1);
        var misspelt = await FrontDoorConcerns.OpenAsync(live, $"Rowan Fetherstone {tag}", 1);
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "chair.partnership");

        await page.GotoAsync(live.App.Url($"/children?q={tag}"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Child records" })).ToBeVisibleAsync();
        var boxes = page.Locator("input[name=ids]");
        await Expect(boxes).ToHaveCountAsync(2);
        await Axe.AssertNoViolationsAsync(page);

        // One record ticked is refused beside the list.
        await boxes.Nth(0).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare the two records" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Choose exactly two records to compare");
        await Axe.AssertNoViolationsAsync(page);
        await page.Locator("input[name=ids]").Nth(1).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare the two records" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Are these the same child?" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"Rowan Fetherstone {tag}");
        await Axe.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "child-records-compare");

        // Nothing chosen: both questions are named in the summary and beside the fields.
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge the records" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Choose which record stays");
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Say why these are the same child");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel($"Keep the record of Rowan Featherstone {tag}", new() { Exact = false }).CheckAsync();
        await page.GetByLabel("Why are these the same child?").FillAsync("The school confirmed the surname is Featherstone; same date of birth and address.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge the records" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("The records were merged: 1 case(s) moved");
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync(live.App.Url($"/cases/{kept}"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Other cases and tracks for this child" })).ToBeVisibleAsync();
        await Expect(page.Locator($"a[href='/cases/{misspelt}']")).ToHaveCountAsync(1);
        await Axe.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "child-records-merged-case");
    }
}
