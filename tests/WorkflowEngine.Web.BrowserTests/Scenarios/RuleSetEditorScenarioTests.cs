using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowEngine.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkflowEngine.Web.BrowserTests.Scenarios;

/// <summary>
/// Issue 13's browser scenarios for the rule-set editor: a safeguarding lead changes the front
/// door's routing rule, sees the server's validator beside the rule while the expression is
/// broken, fixes it, saves and publishes, and the next concern routes by the new rule. A
/// practitioner reads the rules with no editing tools. Every state is scanned with axe, and
/// screenshots go to /tmp/rule-editor-ui for a person to look at.
/// </summary>
public sealed class RuleSetEditorScenarioTests(LiveApp live) : IClassFixture<LiveApp>
{
    private const string EditorPath = "/library/rulesets/front-door-routing/editor";
    private const string NewCondition = "facts.urgent == true || facts.missingEpisodes >= 5";

    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_lead_fixes_a_broken_condition_the_validator_flags_publishes_it_and_the_next_concern_routes_by_the_new_rule()
    {
        var before = await OpenCaseAsync("Riley Before", missingEpisodes: 6);
        Assert.Equal("front-door", await StageOfAsync(before));

        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        var cspViolations = new List<string>();
        page.Console += (_, message) =>
        {
            // No script is ever refused: the bundle has no eval, new Function or inline script. (One style
            // update of CodeMirror's nonce'd style element is still reported by Chromium; its styles apply.)
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal) && message.Text.Contains("script-src", StringComparison.Ordinal))
            {
                cspViolations.Add($"{message.Location}: {message.Text}");
            }
        };
        await SignInSteps.SignInAsync(page, "lead.childrens-social-care");
        await OpenEditorAsync(page);
        var row = page.Locator("tr.ruleset-row").First;
        await Expect(row).ToContainTextAsync("Contact → Strategy discussion (Immediate risk)");
        await Expect(page.Locator("table")).ToContainTextAsync("If no rule holds");
        await Screenshots.TakeAsync(page, "editor-lead");
        await Axe.AssertNoViolationsAsync(page);

        // Completion offers the catalogue's facts as the lead types.
        var condition = page.Locator("#ruleset-rule-0-condition");
        await condition.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("facts.urgent == true || facts.miss");
        var suggestion = page.Locator(".cm-tooltip-autocomplete").GetByText("missingEpisodes", new() { Exact = true });
        await Expect(suggestion).ToBeVisibleAsync();
        await Expect(page.Locator(".cm-tooltip-autocomplete")).ToContainTextAsync("whole number");
        // CodeMirror's own style sheet went in under the page's nonce: the list of suggestions is styled.
        await Expect(page.Locator(".cm-tooltip-autocomplete > ul")).ToHaveCSSAsync("list-style-type", "none");
        Assert.True(cspViolations.Count == 0, string.Join(Environment.NewLine, cspViolations));
        await Screenshots.TakeAsync(page, "editor-completion");
        await page.Keyboard.PressAsync("Escape");

        // A broken expression: the server's validator says so beside the rule.
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("facts.urgent == true ||");
        var message = row.Locator(".govuk-error-message");
        await Expect(message).ToContainTextAsync("Rule 'urgent-risk' in rule set 'front-door-routing' does not make sense", new() { Timeout = (float)Settle.TotalMilliseconds });
        await Expect(condition).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("does not make sense");
        await Screenshots.TakeAsync(page, "editor-broken-condition");
        await Axe.AssertNoViolationsAsync(page);

        // The summary's link takes the lead to the condition at fault.
        await page.Locator(".govuk-error-summary").GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(condition).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(NewCondition);
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByText("No problems found")).ToBeVisibleAsync(new() { Timeout = (float)Settle.TotalMilliseconds });
        await Expect(message).ToHaveCountAsync(0);
        await Expect(condition).ToHaveTextAsync(NewCondition);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Draft version 2 saved.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Review changes and publish" }).ClickAsync();
        var changes = page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex(@"^\d+ changes?$") });
        await Expect(changes).ToContainTextAsync("Condition: facts.urgent == true → " + NewCondition);
        await Screenshots.TakeAsync(page, "editor-review");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version 2", Exact = true }).ClickAsync();
        await Expect(page.GetByText(new Regex("^Version 2 published"))).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "editor-published");

        var after = await OpenCaseAsync("Riley After", missingEpisodes: 6);
        Assert.Equal("strategy-discussion", await StageOfAsync(after));
        Assert.Equal("front-door", await StageOfAsync(await OpenCaseAsync("Riley Quiet", missingEpisodes: 1)));
        Assert.True(cspViolations.Count == 0, string.Join(Environment.NewLine, cspViolations));
    }

    [Fact]
    public async Task A_practitioner_reads_the_rules_with_no_editing_tools()
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "practitioner.police");
        await page.GotoAsync(live.App.Url("/library/rulesets/exploitation-screening/editor"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Rule set: exploitation-screening" })).ToBeVisibleAsync();
        var table = page.GetByRole(AriaRole.Table, new() { Name = "6 rules, in the order they are checked" });
        await Expect(table).ToBeVisibleAsync(new() { Timeout = (float)Settle.TotalMilliseconds });
        await Expect(table).ToContainTextAsync("score >= 10");
        await Expect(table).ToContainTextAsync("Exploitation screening → MACE referral");
        await Expect(page.GetByText("Shared values (worked out before every rule)")).ToBeVisibleAsync();

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Version history" })).ToBeVisibleAsync();
        foreach (var editing in new[] { "Save draft", "Review changes and publish", "Add a rule", "Undo" })
        {
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = editing, Exact = true })).ToHaveCountAsync(0);
        }

        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Move up|Duplicate|Remove)") })).ToHaveCountAsync(0);
        await Expect(page.Locator("main input:not([type=hidden]), main textarea, main select, main [contenteditable='true']")).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "editor-practitioner");
        await Axe.AssertNoViolationsAsync(page);
    }

    private async Task OpenEditorAsync(IPage page)
    {
        await page.GotoAsync(live.App.Url(EditorPath));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Rule set: front-door-routing" })).ToBeVisibleAsync();
        await Expect(page.Locator("#ruleset-rule-0-condition")).ToBeVisibleAsync(new() { Timeout = (float)Settle.TotalMilliseconds });
    }

    private Task<Guid> OpenCaseAsync(string child, int missingEpisodes) => FrontDoorConcerns.OpenAsync(live, child, missingEpisodes);

    private Task<string> StageOfAsync(Guid caseId) => FrontDoorConcerns.StageOfAsync(live, caseId);
}
