using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowEngine.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkflowEngine.Web.BrowserTests.Scenarios;

/// <summary>
/// Issue 13's whole walk for a safeguarding lead: change the front door's rule in the editor, add
/// an example through the fact form on the test bench and see it fail against the draft, fix the
/// rule, shadow-run the draft on the demo history and see which past decisions would change (with
/// the cases listed), publish, and the next concern routes by the new rule. A practitioner sees
/// the bench and its examples but nothing to change them with. Every page is scanned with axe;
/// screenshots go to the screenshot folder for a person to look at.
/// </summary>
public sealed class RuleSetBenchScenarioTests(LiveApp live) : IClassFixture<LiveApp>
{
    private const string Key = "front-door-routing";
    private const string ExampleName = "Six missing episodes go to a strategy discussion";

    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_lead_proves_a_rule_change_with_an_example_and_a_shadow_run_before_publishing_it()
    {
        // History the shadow run reads: two children often missing, one who is not.
        var often = await OpenCaseAsync("Jordan Often", missingEpisodes: 6);
        await OpenCaseAsync("Casey Often", missingEpisodes: 7);
        await OpenCaseAsync("Sam Seldom", missingEpisodes: 1);
        Assert.Equal("front-door", await StageOfAsync(often));

        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "lead.childrens-social-care");

        // A first try at the change, with a threshold typed wrong.
        await SaveConditionAsync(page, "facts.urgent == true || facts.missingEpisodes >= 50");

        // The example, entered through the catalogue's form, fails on the draft.
        await page.GotoAsync(live.App.Url($"/library/rulesets/{Key}/bench"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = $"Test bench: {Key}" })).ToBeVisibleAsync();
        await page.Locator("#fact-missingEpisodes").FillAsync("6");
        await page.Locator("#ExampleName").FillAsync(ExampleName);
        await page.GetByLabel("strategy-discussion", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as example", Exact = true }).ClickAsync();
        var example = page.Locator("#examples tr", new() { HasText = ExampleName });
        await Expect(example).ToBeVisibleAsync();
        await Expect(example.Locator("td").Last.Locator(".govuk-tag")).ToHaveTextAsync("Fail");
        await Expect(page.GetByText(new Regex(@"\d+ fails? on the draft"))).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "bench-example-fails");
        await Axe.AssertNoViolationsAsync(page);

        // The fix: the example now passes on the draft, and still fails on the published rules.
        await SaveConditionAsync(page, "facts.urgent == true || facts.missingEpisodes >= 5");
        await page.GotoAsync(live.App.Url($"/library/rulesets/{Key}/bench"));
        await Expect(example.Locator("td").Last.Locator(".govuk-tag")).ToHaveTextAsync("Pass");
        await Expect(page.GetByText("All pass on the draft, so it can be published.")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "bench-example-passes");

        // The shadow run on the history: the two children often missing would have gone to a strategy discussion.
        await page.GetByRole(AriaRole.Link, new() { Name = "Shadow run: what the draft would have changed on past cases" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Run the draft on this period" }).ClickAsync();
        await Expect(page.Locator("#shadow-summary")).ToContainTextAsync("2 would change.", new() { Timeout = (float)Settle.TotalMilliseconds });
        var changed = page.Locator("#shadow-table tr", new() { HasText = "strategy-discussion" });
        await Expect(changed).ToContainTextAsync("2");
        await page.GetByText(new Regex("^The 2 cases that were")).ClickAsync();
        await Expect(page.GetByText("Jordan Often")).ToBeVisibleAsync();
        await Expect(page.GetByText("Casey Often")).ToBeVisibleAsync();
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Sam Seldom");
        await Screenshots.TakeAsync(page, "shadow-run");
        await Axe.AssertNoViolationsAsync(page);

        // Publish from the editor; the next concern routes by the new rule.
        await OpenEditorAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Review changes and publish" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Publish version \d+$") }).ClickAsync();
        await Expect(page.GetByText(new Regex(@"^Version \d+ published"))).ToBeVisibleAsync();
        Assert.Equal("strategy-discussion", await StageOfAsync(await OpenCaseAsync("Jordan Next", missingEpisodes: 6)));
    }

    [Fact]
    public async Task A_practitioner_sees_the_bench_and_its_examples_but_cannot_save_one()
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "practitioner.police");
        await page.GotoAsync(live.App.Url("/library/rulesets/exploitation-screening/bench"));
        await Expect(page.Locator("#examples")).ToContainTextAsync("Pass");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save as example" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Edit the rules" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Try these facts" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "bench-practitioner");
        await Axe.AssertNoViolationsAsync(page);
    }

    private async Task SaveConditionAsync(IPage page, string condition)
    {
        await OpenEditorAsync(page);
        await page.Locator("#ruleset-rule-0-condition").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(condition);
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByText("No problems found")).ToBeVisibleAsync(new() { Timeout = (float)Settle.TotalMilliseconds });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();
        await Expect(page.GetByText(new Regex(@"^Draft version \d+ saved\."))).ToBeVisibleAsync();
    }

    private async Task OpenEditorAsync(IPage page)
    {
        await page.GotoAsync(live.App.Url($"/library/rulesets/{Key}/editor"));
        await Expect(page.Locator("#ruleset-rule-0-condition")).ToBeVisibleAsync(new() { Timeout = (float)Settle.TotalMilliseconds });
    }

    private Task<Guid> OpenCaseAsync(string child, int missingEpisodes) => FrontDoorConcerns.OpenAsync(live, child, missingEpisodes);

    private Task<string> StageOfAsync(Guid caseId) => FrontDoorConcerns.StageOfAsync(live, caseId);
}
