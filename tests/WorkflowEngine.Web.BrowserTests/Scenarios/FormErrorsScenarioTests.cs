using Microsoft.Playwright;
using WorkflowEngine.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkflowEngine.Web.BrowserTests.Scenarios;

/// <summary>
/// Issue 15 item 7 in Chromium: the case-note form counts the characters of the note as they are
/// typed, and a note sent with every field wrong lists the errors in the order of the form, each
/// beside its field. Every page is scanned with axe.
/// </summary>
public sealed class FormErrorsScenarioTests(LiveApp live) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task A_note_too_long_is_counted_as_it_is_typed_and_refused_with_the_errors_in_the_order_of_the_form()
    {
        var caseId = await FrontDoorConcerns.OpenAsync(live, "Ivy Counted " + Guid.NewGuid().ToString("N")[..5], 1);
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "mash.childrens-social-care");

        await page.GotoAsync(live.App.Url($"/cases/{caseId}/notes/new"));
        var note = page.GetByLabel("What happened?");
        await note.FillAsync(new string('n', 5_001));
        await Expect(page.Locator(".govuk-character-count__status")).ToContainTextAsync("You have 1 character too many");
        await Axe.AssertNoViolationsAsync(page);

        await page.Locator("#occurred-day").FillAsync("31");
        await page.Locator("#occurred-month").FillAsync("2");
        await page.Locator("#occurred-year").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the note" }).ClickAsync();

        var links = page.Locator(".govuk-error-summary__list a");
        await Expect(links).ToHaveCountAsync(3);
        Assert.Equal(["#kind", "#occurred-day", "#text"], await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        await Expect(page.Locator("#text-error")).ToContainTextAsync("at most 5,000 are allowed");
        await Expect(page.Locator(".govuk-character-count__status")).ToContainTextAsync("You have 1 character too many");
        await Axe.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "case-note-errors-in-form-order");

        await links.Nth(2).ClickAsync();
        await Expect(note).ToBeFocusedAsync();
    }
}
