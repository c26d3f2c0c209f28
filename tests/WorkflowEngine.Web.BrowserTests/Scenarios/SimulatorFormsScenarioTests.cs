using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowEngine.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkflowEngine.Web.BrowserTests.Scenarios;

/// <summary>
/// Issue 13, item 6: a lead simulates <c>cce-referral</c> from contact to "Closed" by clicking
/// only: the sample facts are a form made from the fact catalogue, and each task's form is
/// answered in the simulate panel, through the MACE discussion and the disruption plan.
/// </summary>
public sealed class SimulatorFormsScenarioTests(LiveApp live) : IClassFixture<LiveApp>
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_lead_simulates_the_cce_referral_to_closed_by_answering_each_tasks_form()
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "lead.police");
        await page.GotoAsync(live.App.Url("/library/workflows/cce-referral/designer"));
        await Expect(page.Locator(".react-flow__node").First).ToBeVisibleAsync(new() { Timeout = (float)Settle.TotalMilliseconds });
        await page.GetByRole(AriaRole.Button, new() { Name = "Simulate", Exact = true }).ClickAsync();
        var panel = page.Locator(".designer-side");

        // The facts are a form: yes/no as checkboxes, numbers as numbers, started from the sample.
        await Expect(panel.GetByLabel("Immediate risk", new() { Exact = true })).Not.ToBeCheckedAsync(new() { Timeout = (float)Settle.TotalMilliseconds });
        await Expect(panel.GetByLabel("Found out of area when missing", new() { Exact = true })).ToBeCheckedAsync();
        var missing = panel.GetByLabel("Missing episodes in the last 3 months", new() { Exact = true });
        await Expect(missing).ToHaveValueAsync("3");
        await missing.FillAsync("three");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();
        await Expect(panel.Locator(".govuk-form-group--error")).ToContainTextAsync("must be a whole number");
        await Screenshots.TakeAsync(page, "simulate-facts-form");
        await Axe.AssertNoViolationsAsync(page);
        await missing.FillAsync("4");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();

        var path = panel.GetByRole(AriaRole.List).First;
        await Expect(path).ToContainTextAsync("Front-door screening (MASH)", new() { Timeout = (float)Settle.TotalMilliseconds });
        await Expect(TaskForm(panel, "Acknowledge and decide referral").GetByLabel("Why this decision?")).ToHaveValueAsync("Recorded in a simulation.");
        await Outcome(panel, "Exploitation screening", "Acknowledge and decide referral").ClickAsync();

        // The screening form starts from the facts; the screening rule set then sends the case to MACE.
        var screening = TaskForm(panel, "Exploitation screening");
        await Expect(screening.GetByLabel("How many times has the child gone missing in the last 3 months?")).ToHaveValueAsync("4");
        await screening.GetByLabel("Carrying weapons?").CheckAsync();
        await screening.GetByLabel("Education status (optional)").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Outcome(panel, "Screening recorded", "Exploitation screening").ClickAsync();
        await Outcome(panel, "Added to the agenda", "Add to MACE agenda").ClickAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Let it fire (panel-sits)" }).ClickAsync();

        // The MACE discussion: a risk level from its list, and the agencies that take disruption actions.
        var discussion = TaskForm(panel, "MACE discussion");
        await Expect(discussion.GetByLabel("Risk level agreed by the panel")).ToHaveValueAsync("emerging", new() { Timeout = (float)Settle.TotalMilliseconds });
        await discussion.GetByLabel("Risk level agreed by the panel").SelectOptionAsync(new SelectOptionValue { Label = "Significant risk" });
        await Expect(discussion.GetByLabel("Children's social care", new() { Exact = true })).ToBeCheckedAsync();
        await discussion.GetByLabel("Police", new() { Exact = true }).CheckAsync();
        await Screenshots.TakeAsync(page, "simulate-mace-discussion");
        await Axe.AssertNoViolationsAsync(page);
        await Outcome(panel, "Agree a disruption plan", "MACE discussion").ClickAsync();

        // The disruption plan: one action per agency, each recording the measure used.
        var policeAction = TaskForm(panel, "Disruption action (police)");
        await policeAction.GetByLabel("Child Abduction Warning Notice").CheckAsync(new() { Timeout = (float)Settle.TotalMilliseconds });
        await Screenshots.TakeAsync(page, "simulate-disruption-plan");
        await Outcome(panel, "Action done", "Disruption action (police)").ClickAsync();
        await Outcome(panel, "Action done", "Disruption action (childrens-social-care)").ClickAsync();
        await Outcome(panel, "Plan confirmed", "Confirm disruption plan").ClickAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Move by hand to review (early-review)" }).ClickAsync();
        await Outcome(panel, "Close", "MACE review").ClickAsync();

        await Expect(panel.GetByText(new Regex(@"^Case is Closed after \d+ steps\.$"))).ToBeVisibleAsync(new() { Timeout = (float)Settle.TotalMilliseconds });
        await Expect(path.GetByRole(AriaRole.Listitem).Last).ToContainTextAsync("Closed");
        foreach (var stage in new[] { "MACE discussion", "Disruption plan", "MACE review" })
        {
            await Expect(path).ToContainTextAsync(stage);
        }

        await Expect(panel.Locator(".govuk-warning-text")).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "simulate-closed");
        await Axe.AssertNoViolationsAsync(page);
    }

    private static ILocator TaskForm(ILocator panel, string title) =>
        panel.Locator(".simulate-task-form").Filter(new() { Has = panel.Page.Locator("strong", new() { HasTextRegex = new Regex("^" + Regex.Escape(title) + "$") }) });

    private static ILocator Outcome(ILocator panel, string outcome, string task) =>
        panel.GetByRole(AriaRole.Button, new() { Name = $"{outcome} for {task}", Exact = true });
}
