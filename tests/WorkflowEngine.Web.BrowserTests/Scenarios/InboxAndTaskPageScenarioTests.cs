using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowEngine.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkflowEngine.Web.BrowserTests.Scenarios;

/// <summary>
/// Issue 15's inbox and task page in Chromium: the MASH worker finds a child's task by name with a
/// filter and decides it from the task page without opening the case; the screening form starts
/// from what the referrer ticked; a conflict keeps what was typed. Every page is scanned with axe;
/// screenshots go to SCREENSHOT_DIR.
/// </summary>
public sealed class InboxAndTaskPageScenarioTests(LiveApp live) : IClassFixture<LiveApp>
{
    private const string DecideReferral = "Acknowledge and decide referral";

    [Fact]
    public async Task The_MASH_worker_finds_the_child_by_name_decides_from_the_task_page_and_screening_starts_from_the_referral()
    {
        var child = "Kezia Marchbanks-" + Guid.NewGuid().ToString("N")[..4];
        await RaiseConcernAsync(child);

        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "mash.childrens-social-care");
        await page.GotoAsync(live.App.Url("/tasks?show=agency"));
        await page.GetByLabel("Child's name or case reference").FillAsync(child.Split('-')[0]);
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Task" }).SelectOptionAsync(new SelectOptionValue { Label = DecideReferral });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("task=decide-referral"));
        var line = page.GetByRole(AriaRole.Row).Filter(new() { HasText = child });
        await Expect(line).ToHaveCountAsync(1);
        await Expect(line).ToContainTextAsync("Front-door screening (MASH)");
        await Axe.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "inbox-filtered");

        await line.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(DecideReferral) }).ClickAsync();
        var main = page.GetByRole(AriaRole.Main);
        await Expect(main.Locator("#referral")).ToContainTextAsync("Several phones");
        await Expect(main.Locator("#referral")).ToContainTextAsync("Priya Shah");
        await Axe.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "task-page");
        await page.GetByRole(AriaRole.Button, new() { Name = "Claim this task" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("You claimed this task");
        await page.GetByLabel("Exploitation screening", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Why this decision?").FillAsync("Second phone and older associates: screen for exploitation.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete the task" }).ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync($"You completed {DecideReferral} for {child}");
        await Axe.AssertNoViolationsAsync(page);

        // The screening task starts from what the referrer ticked.
        await page.GotoAsync(live.App.Url("/tasks?show=agency&task=screen-for-exploitation&q=" + Uri.EscapeDataString(child)));
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = child }).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Exploitation screening") }).ClickAsync();
        await Expect(page.Locator("input[name='field-multiplePhones'][value='true']")).ToBeCheckedAsync();
        await Expect(page.Locator("input[name='field-missingEpisodes']")).ToHaveValueAsync("2");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Filled in from the referral");
        await Axe.AssertNoViolationsAsync(page);
        await Screenshots.TakeAsync(page, "screening-prefilled");
    }

    [Fact]
    public async Task A_conflict_keeps_the_text_the_worker_typed()
    {
        var child = "Lorcan Ashdown-" + Guid.NewGuid().ToString("N")[..4];
        await RaiseConcernAsync(child);
        await using var first = await live.NewContextAsync();
        await using var second = await live.NewContextAsync();
        var sam = await first.NewPageAsync();
        var colleague = await second.NewPageAsync();
        await SignInSteps.SignInAsync(sam, "mash.childrens-social-care");
        await SignInSteps.SignInAsync(colleague, "manager.childrens-social-care");
        await sam.GotoAsync(live.App.Url("/tasks?show=agency&q=" + Uri.EscapeDataString(child)));
        await sam.GetByRole(AriaRole.Row).Filter(new() { HasText = child }).GetByRole(AriaRole.Link, new() { NameRegex = new Regex(DecideReferral) }).ClickAsync();
        var taskUrl = sam.Url;

        // A colleague finishes the task first.
        await colleague.GotoAsync(taskUrl);
        await colleague.GetByLabel("No further action", new() { Exact = true }).CheckAsync();
        await colleague.GetByLabel("Why this decision?").FillAsync("Known to Early Help already; no further action.");
        await colleague.GetByRole(AriaRole.Button, new() { Name = "Complete the task" }).ClickAsync();
        await Expect(colleague).ToHaveURLAsync(new Regex(@"/cases/[0-9a-f-]{36}$"));

        const string typed = "Several phones and a new older boyfriend: I would screen for exploitation.";
        await sam.GetByLabel("Exploitation screening", new() { Exact = true }).CheckAsync();
        await sam.GetByLabel("Why this decision?").FillAsync(typed);
        await sam.GetByRole(AriaRole.Button, new() { Name = "Complete the task" }).ClickAsync();

        await Expect(sam.GetByRole(AriaRole.Main)).ToContainTextAsync("Someone else changed this task");
        await Expect(sam.Locator("#unsaved")).ToContainTextAsync(typed);
        await Axe.AssertNoViolationsAsync(sam);
        await Screenshots.TakeAsync(sam, "conflict-keeps-typed");
    }

    private async Task RaiseConcernAsync(string child)
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "dsl.education");
        await page.GotoAsync(live.App.Url("/concerns/new"));
        await page.GetByLabel(new Regex(@"^(Child['’]s )?full name", RegexOptions.IgnoreCase)).FillAsync(child);
        await page.GetByLabel(new Regex(@"^Your name and role", RegexOptions.IgnoreCase)).FillAsync("Priya Shah, designated safeguarding lead");
        await page.GetByLabel(new Regex(@"^What did you see or hear\?", RegexOptions.IgnoreCase)).FillAsync("Seen getting into cars with older teenagers; has a second phone.");
        await page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex(@"^Is the child at immediate risk\?", RegexOptions.IgnoreCase) })
            .GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.Locator("input[name='Indicators'][value='multiplePhones']").CheckAsync();
        await page.GetByLabel("How many times has the child gone missing in the last 3 months?").FillAsync("2");

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Raise (a|the) concern$", RegexOptions.IgnoreCase) }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Concern raised" })).ToBeVisibleAsync();
    }
}
