using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowEngine.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkflowEngine.Web.BrowserTests.Scenarios;

/// <summary>
/// Issue 4's browser scenario, end to end through the pages: a school's designated safeguarding
/// lead raises a concern; the MASH social worker finds it in their tasks and decides "Exploitation
/// screening"; the case page shows the new stage and the journal; the clock moves on, the open
/// screening task goes overdue and escalates, and the children's social care team manager finds it
/// in the escalation queue and reassigns it. Every page visited is scanned with axe.
/// Each person works in their own browser context (their own cookies).
/// </summary>
/// <remarks>
/// Locators follow the GOV.UK wording of the pages (labels, legends, button and link names) and
/// the workflow's own names from workflows/cce-referral.json, so they survive markup changes.
/// </remarks>
public sealed class ConcernToEscalationScenarioTests(LiveApp live) : IClassFixture<LiveApp>
{
    private const string DecideReferral = "Acknowledge and decide referral";
    private const string ExploitationScreening = "Exploitation screening";
    private const string Colleague = "practitioner.childrens-social-care";
    private const string ColleagueName = "Practitioner (childrens-social-care)";

    /// <summary>
    /// Far enough for the screening task (due in 2 working days, escalated to the team manager 2
    /// working days after that) to reach escalation level 1 whatever weekday the test runs on, and
    /// not far enough to reach level 2 (5 more working days).
    /// </summary>
    private const double HoursToEscalation = 8 * 24;

    /// <summary>A bound on waiting for the timer dispatcher (it polls every 5 seconds); never an assertion on time.</summary>
    private static readonly TimeSpan EscalationWait = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_concern_from_a_school_is_screened_by_MASH_then_escalates_when_overdue_and_a_manager_reassigns_it()
    {
        var child = "Jordan Browser-" + Guid.NewGuid().ToString("N")[..6];

        var reference = await RaiseConcernAsDslAsync(child);
        await DecideReferralAsMashAsync(reference, child);
        await live.App.AdvanceClockAsync(HoursToEscalation);
        await ReassignEscalatedTaskAsManagerAsync(reference);
    }

    /// <summary>The school's DSL raises a concern at /concerns/new and is given the case reference.</summary>
    private async Task<string> RaiseConcernAsDslAsync(string child)
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "dsl.education", scan: true);

        await page.GetByRole(AriaRole.Link, new() { Name = "Raise a concern", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/concerns/new$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = new Regex("^Raise a concern", RegexOptions.IgnoreCase) })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel(new Regex(@"^(Child['’]s )?full name", RegexOptions.IgnoreCase)).FillAsync(child);
        await page.GetByLabel(new Regex(@"^Your name and role", RegexOptions.IgnoreCase)).FillAsync("Priya Shah, designated safeguarding lead");
        await page.GetByLabel(new Regex(@"^What did you see or hear\?", RegexOptions.IgnoreCase))
            .FillAsync("Seen getting into different cars after school with older teenagers; has a second phone and new trainers.");
        await page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex(@"^Is the child at immediate risk\?", RegexOptions.IgnoreCase) })
            .GetByLabel("No", new() { Exact = true }).CheckAsync();
        await CheckIfOfferedAsync(page, "Several phones?");
        await CheckIfOfferedAsync(page, "Unexplained money, phones or gifts?");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Raise (a|the) concern$", RegexOptions.IgnoreCase) }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Concern raised" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        var reference = (await page.Locator(".govuk-panel__body strong").InnerTextAsync()).Trim();
        Assert.False(string.IsNullOrEmpty(reference), "The confirmation panel shows no case reference.");
        return reference;
    }

    /// <summary>
    /// MASH finds the new task in /tasks, opens it, decides "Exploitation screening", and the case
    /// page shows the new stage and the journal.
    /// </summary>
    private async Task DecideReferralAsMashAsync(string reference, string child)
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "mash.childrens-social-care", scan: true);
        await Expect(page).ToHaveURLAsync(new Regex("/tasks$"));
        await Axe.AssertNoViolationsAsync(page);

        var line = await FindInTabsAsync(page, reference);
        await line.GetByRole(AriaRole.Link, new() { Name = DecideReferral }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = new Regex(DecideReferral) })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(child);
        await Axe.AssertNoViolationsAsync(page);

        // A task in the team's queue may have to be taken before it can be done.
        var claim = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Claim|Take|Pick up|Assign to me)", RegexOptions.IgnoreCase) });
        if (await claim.CountAsync() > 0)
        {
            await claim.First.ClickAsync();
            await Axe.AssertNoViolationsAsync(page);
        }

        await page.GetByLabel(ExploitationScreening, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Why this decision?").FillAsync("Indicators of criminal exploitation: older associates, second phone, unexplained gifts.");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Complete|Save and complete|Submit)", RegexOptions.IgnoreCase) }).ClickAsync();

        // Completing the task opens the case page.
        await Expect(page).ToHaveURLAsync(new Regex(@"/cases/[0-9a-f-]{36}$"));
        var main = page.GetByRole(AriaRole.Main);
        await Expect(main.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(child);
        await Expect(main.Locator("dt:text-is('Stage') + dd")).ToContainTextAsync(ExploitationScreening);
        await Expect(main.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("chronology|timeline|journal|history", RegexOptions.IgnoreCase) }).First).ToBeVisibleAsync();
        // The chronology's entry for the decision: a timeline item titled with the task and that it was completed.
        var completed = new Regex($"(completed|done|finished).*{DecideReferral}|{DecideReferral}.*(completed|done|finished)", RegexOptions.IgnoreCase);
        await Expect(main.GetByRole(AriaRole.Heading, new() { NameRegex = completed }).First).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    /// <summary>
    /// After the clock has moved, the team manager waits for the screening task to appear in the
    /// escalation queue, opens it and reassigns it to a colleague with a reason.
    /// </summary>
    private async Task ReassignEscalatedTaskAsManagerAsync(string reference)
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "manager.childrens-social-care", scan: true);
        await page.GetByRole(AriaRole.Link, new() { Name = "Escalations", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/escalations"));

        // The timer dispatcher fires due timers on its next poll: reload until the escalation shows.
        var line = page.Locator("tr, li, .govuk-summary-card").Filter(new() { HasText = reference }).Filter(new() { HasText = ExploitationScreening });
        var waited = Stopwatch.StartNew();
        while (await line.CountAsync() == 0)
        {
            Assert.True(waited.Elapsed < EscalationWait, $"Case {reference}'s screening task never reached the escalation queue.");
            await Task.Delay(TimeSpan.FromSeconds(2));
            await page.ReloadAsync();
        }

        await Axe.AssertNoViolationsAsync(page);
        await line.First.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Reassign|" + ExploitationScreening) }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/cases/[0-9a-f-]{36}/tasks/[0-9a-f-]{36}$"));
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(new Regex("overdue", RegexOptions.IgnoreCase));
        await Axe.AssertNoViolationsAsync(page);

        var reassign = page.Locator("form[action$='/reassign']");
        await ChooseAsync(reassign, new Regex("^Agency", RegexOptions.IgnoreCase), "Children's social care");
        await ChooseAsync(reassign, new Regex("^(Person|Assign to|Who)", RegexOptions.IgnoreCase), Colleague, ColleagueName);
        await reassign.GetByLabel(new Regex("reason|why", RegexOptions.IgnoreCase)).FillAsync("Sam is on leave this week; the team practitioner takes the screening.");
        await reassign.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Reassign", RegexOptions.IgnoreCase) }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(new Regex(Regex.Escape(Colleague) + "|" + Regex.Escape(ColleagueName)));
        await Axe.AssertNoViolationsAsync(page);
    }

    /// <summary>The inbox line for a case, looking through the tabs (me, my team, my agency) in turn.</summary>
    private static async Task<ILocator> FindInTabsAsync(IPage page, string reference)
    {
        var line = page.GetByRole(AriaRole.Row).Filter(new() { HasText = reference }).Filter(new() { HasText = DecideReferral });
        if (await line.CountAsync() > 0)
        {
            return line.First;
        }

        foreach (var tab in new[] { "team", "agency" })
        {
            var link = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(tab, RegexOptions.IgnoreCase) });
            if (await link.CountAsync() == 0)
            {
                continue;
            }

            await link.First.ClickAsync();
            await Axe.AssertNoViolationsAsync(page);
            if (await line.CountAsync() > 0)
            {
                return line.First;
            }
        }

        await Expect(line.First).ToBeVisibleAsync(); // fails with Playwright's own description of what was missing
        return line.First;
    }

    /// <summary>Ticks an indicator checkbox when the form offers it (the indicator list comes from the fact catalogue).</summary>
    private static async Task CheckIfOfferedAsync(IPage page, string label)
    {
        var box = page.GetByRole(AriaRole.Checkbox, new() { Name = label, Exact = true });
        if (await box.CountAsync() > 0)
        {
            await box.First.CheckAsync();
        }
    }

    /// <summary>
    /// Chooses in a labelled control: a select by the option's text, a text box by typing the value
    /// (a user name, say), or the radio of that name in a labelled group.
    /// </summary>
    private static async Task ChooseAsync(ILocator scope, Regex label, string value, string? text = null)
    {
        var select = scope.GetByRole(AriaRole.Combobox, new() { NameRegex = label });
        if (await select.CountAsync() > 0)
        {
            await select.First.SelectOptionAsync(new SelectOptionValue { Label = text ?? value });
            return;
        }

        var box = scope.GetByRole(AriaRole.Textbox, new() { NameRegex = label });
        if (await box.CountAsync() > 0)
        {
            await box.First.FillAsync(value);
            return;
        }

        await scope.GetByRole(AriaRole.Group, new() { NameRegex = label }).GetByLabel(text ?? value, new() { Exact = true }).CheckAsync();
    }
}
