using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowEngine.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkflowEngine.Web.BrowserTests.Scenarios;

/// <summary>
/// Issue 15's case page in Chromium: a practitioner starts a missing-episode track from the case
/// page and adds a case note, and sees both in the chronology, with people's names; page views stay
/// in the audit journal. Every page is scanned with axe; screenshots go to SCREENSHOT_DIR.
/// </summary>
public sealed class CaseworkScenarioTests(LiveApp live) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task A_practitioner_starts_a_missing_episode_track_adds_a_case_note_and_sees_both_in_the_chronology()
    {
        var child = "Ellis Vantongeren-" + Guid.NewGuid().ToString("N")[..4];
        var caseId = await FrontDoorConcerns.OpenAsync(live, child, 1);
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "mash.childrens-social-care");
        await page.GotoAsync(live.App.Url($"/cases/{caseId}"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = child })).ToBeVisibleAsync();
        await Expect(page.Locator("#close-case")).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(page);

        // A track: the form refuses a missing reason and keeps the choice made.
        await page.GetByRole(AriaRole.Link, new() { Name = "Start a linked track" }).ClickAsync();
        await page.GetByLabel("Missing episode", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the track" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Give a reason");
        await Expect(page.GetByLabel("Missing episode", new() { Exact = true })).ToBeCheckedAsync();
        await Axe.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "start-track-refused");
        await page.GetByLabel("Why are you starting it?").FillAsync("Missing overnight; found in another town by police this morning.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the track" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("You started a linked track");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("missing-episode");

        // A note dated yesterday in London.
        var yesterday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime).AddDays(-1);
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a case note" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Phone call", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Day").FillAsync(yesterday.Day.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Month").FillAsync(yesterday.Month.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Year").FillAsync(yesterday.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("What happened?").FillAsync("Mother phoned: Ellis came home at 2am with a new phone.");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("You have 4,945 characters remaining");
        await Screenshots.TakeAsync(page, "add-case-note");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the note" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("You added a phone call to the case");

        var chronology = page.Locator("#chronology");
        await Expect(chronology).ToContainTextAsync("Linked track started");
        await Expect(chronology).ToContainTextAsync("Ellis came home at 2am");
        await Expect(chronology).ToContainTextAsync("Sam Okafor (MASH social worker)");
        await Expect(chronology).Not.ToContainTextAsync("Case viewed");
        await Axe.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "case-chronology");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Audit journal" }).ClickAsync();
        await Expect(page.Locator("#audit-journal")).ToContainTextAsync("Case viewed");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Case notes") }).ClickAsync();
        await Expect(page.Locator("#case-notes")).ToContainTextAsync("Phone call");
        await Axe.AssertNoViolationsAsync(page);
    }
}
