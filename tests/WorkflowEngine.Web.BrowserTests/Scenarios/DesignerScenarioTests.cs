using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowEngine.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkflowEngine.Web.BrowserTests.Scenarios;

/// <summary>
/// Issue 6's browser scenario: a safeguarding lead opens <c>cce-referral</c> in the designer, adds
/// a stage with a task owned by Education, connects it, sees the server's validator flag the new
/// task's outcome that leads nowhere, fixes it, reviews the diff and publishes version 2. A case
/// opened before stays on version 1; one opened after runs on version 2. A practitioner gets a
/// read-only view. The designer page is scanned with axe.
/// </summary>
/// <remarks>
/// The edits go through the palette, the side panel and the table view, which give the same power
/// as dragging on the canvas, by keyboard; locators follow the labels a lead reads.
/// </remarks>
public sealed class DesignerScenarioTests(LiveApp live) : IClassFixture<LiveApp>
{
    private const string DesignerPath = "/library/workflows/cce-referral/designer";
    private const string EducationAgency = "Education (schools, attendance, virtual school, alternative provision)";
    private const string NewStage = "Education support";
    private const string NewTask = "Agree an education support plan";

    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_lead_adds_an_education_stage_fixes_what_the_validator_flags_and_publishes_version_2_for_new_cases_only()
    {
        var before = await OpenCaseAsync("Casey Before");
        Assert.Equal(1, await WorkflowVersionOfAsync(before));

        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "lead.childrens-social-care");
        await OpenDesignerAsync(page);
        await Axe.AssertNoViolationsAsync(page);

        var panel = page.Locator("#workflow-designer-panel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add stage", Exact = true }).ClickAsync();
        await CommitAsync(panel.GetByLabel("Name", new() { Exact = true }), NewStage);
        await CommitAsync(panel.GetByLabel("Stage key", new() { Exact = true }), "education-support");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add task", Exact = true }).ClickAsync();
        await CommitAsync(panel.GetByLabel("Title", new() { Exact = true }), NewTask);
        await panel.GetByLabel("Agency", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = EducationAgency });

        // A way out of the new stage, by hand for now: its task's outcome then leads nowhere.
        await panel.GetByText(new Regex("^Back to stage")).ClickAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = $"Add transition from {NewStage}" }).ClickAsync();
        await panel.GetByLabel("Goes to stage", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Disruption plan" });

        // A way in: the disruption plan may move a case to the new stage by hand (through the table view).
        await page.GetByRole(AriaRole.Button, new() { Name = "Stages and transitions as a table" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit stage Disruption plan", Exact = true }).ClickAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Add transition from Disruption plan" }).ClickAsync();
        await panel.GetByLabel("Goes to stage", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = NewStage });

        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeVisibleAsync(new() { Timeout = (float)Settle.TotalMilliseconds });
        await Expect(summary.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        await Expect(summary).ToContainTextAsync(new Regex("Outcome 'done' of task '[a-z-]+' leads nowhere"));
        await Axe.AssertNoViolationsAsync(page);

        // The GOV.UK pattern: the summary's link moves focus to the field at fault, which says what is wrong beside it.
        var leadsNowhere = new Regex("Outcome 'done' of task '[a-z-]+' leads nowhere");
        await summary.GetByRole(AriaRole.Link, new() { NameRegex = leadsNowhere }).First.ClickAsync();
        var outcomeKey = panel.GetByLabel("Outcome key", new() { Exact = true });
        await Expect(outcomeKey).ToBeFocusedAsync();
        await Expect(outcomeKey).ToHaveClassAsync(new Regex(@"\bgovuk-input--error\b"));
        // Its hint states the key's limit; the validator's message follows it.
        await Expect(outcomeKey).ToHaveAccessibleDescriptionAsync(new Regex(@"^Up to 100 characters\.\s+Error:\s+Outcome 'done' of task '[a-z-]+' leads nowhere"));
        await Expect(panel.Locator(".govuk-form-group--error .govuk-error-message").Filter(new() { HasTextRegex = leadsNowhere })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "designer-outcome-error-and-limits");
        await Axe.AssertNoViolationsAsync(page);

        // The fix: the new stage's way out follows the task's outcome.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit stage {NewStage}", Exact = true }).ClickAsync();
        await panel.GetByText("To Disruption plan").ClickAsync();
        await panel.GetByLabel("Fires when", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "A task is completed with an outcome" });
        await panel.GetByLabel("Task", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = NewTask });
        await panel.GetByLabel("Outcome", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Done" });
        await Expect(page.GetByText("No problems found")).ToBeVisibleAsync(new() { Timeout = (float)Settle.TotalMilliseconds });
        await Expect(summary).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Draft version 2 saved.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Review changes and publish" }).ClickAsync();
        var changes = page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex(@"^\d+ changes?$") });
        await Expect(changes.GetByRole(AriaRole.Row).Filter(new() { HasText = "education-support" }).First).ToContainTextAsync("added");
        await Expect(changes).ToContainTextAsync(NewTask);
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version 2", Exact = true }).ClickAsync();
        await Expect(page.GetByText(new Regex("^Version 2 published"))).ToBeVisibleAsync();

        var after = await OpenCaseAsync("Casey After");
        Assert.Equal(2, await WorkflowVersionOfAsync(after));
        Assert.Equal(1, await WorkflowVersionOfAsync(before));
    }

    [Fact]
    public async Task A_practitioner_sees_the_diagram_read_only()
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "practitioner.police");
        await OpenDesignerAsync(page);

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Version history" })).ToBeVisibleAsync();
        foreach (var editing in new[] { "Add stage", "Save draft", "Review changes and publish", "Simulate" })
        {
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = editing, Exact = true })).ToHaveCountAsync(0);
        }

        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_lead_simulates_the_workflow_choosing_an_outcome_without_opening_a_case()
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "lead.police");
        await OpenDesignerAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Simulate", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();
        var panel = page.Locator("#workflow-designer-panel, .designer-side").First;
        var path = panel.GetByRole(AriaRole.List).First;
        await Expect(path).ToContainTextAsync("Front-door screening (MASH)", new() { Timeout = (float)Settle.TotalMilliseconds });
        await Expect(panel).ToContainTextAsync("Acknowledge and decide referral");
        await Expect(panel).ToContainTextAsync(new Regex(@"Owner: childrens-social-care \(mash\)\. Due "));
        var now = page.Locator(".react-flow__node .designer-node--current");
        await Expect(now).ToHaveCountAsync(1);
        await Expect(now).ToContainTextAsync("Front-door screening (MASH)");
        await Expect(now).ToContainTextAsync("Now here");
        await Expect(page.Locator(".react-flow__node .designer-node--on-path").Filter(new() { HasText = "Step 1" })).ToContainTextAsync("Contact");
        await Axe.AssertNoViolationsAsync(page);

        await panel.GetByRole(AriaRole.Button, new() { Name = "Exploitation screening for Acknowledge and decide referral" }).ClickAsync();
        await Expect(path.GetByRole(AriaRole.Listitem).Last).ToContainTextAsync("exploitation-screening", new() { Timeout = (float)Settle.TotalMilliseconds });
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Open tasks" })).ToBeVisibleAsync();
        await Expect(now).ToContainTextAsync("Exploitation screening");

        await page.GetByRole(AriaRole.Button, new() { Name = "Close simulation", Exact = true }).ClickAsync();
        await Expect(page.Locator(".react-flow__node .designer-node--on-path")).ToHaveCountAsync(0);
    }

    private async Task OpenDesignerAsync(IPage page)
    {
        await page.GotoAsync(live.App.Url(DesignerPath));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = new Regex("^Design workflow") })).ToBeVisibleAsync();
        // The diagram has drawn once the canvas shows the workflow's stages.
        await Expect(page.Locator(".react-flow__node").First).ToBeVisibleAsync(new() { Timeout = (float)Settle.TotalMilliseconds });
    }

    /// <summary>Text fields commit on Enter or leaving the field, so one change is one undo step.</summary>
    private static async Task CommitAsync(ILocator field, string value)
    {
        await field.FillAsync(value);
        await field.PressAsync("Enter");
    }

    private async Task<Guid> OpenCaseAsync(string child)
    {
        using var client = await ApiClientAsync("dsl.education");
        var response = await client.PostAsJsonAsync("/api/cases", new
        {
            child = new { name = child, dateOfBirth = "2010-05-01" },
            contact = new { referrer = "Priya Shah", concern = "Seen getting into cars with older men after school." },
            facts = new JsonObject { ["missingEpisodes"] = 2 },
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
    }

    private async Task<int> WorkflowVersionOfAsync(Guid caseId)
    {
        using var client = await ApiClientAsync("chair.partnership");
        var body = await client.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}");
        return body!["workflowVersion"]!.GetValue<int>();
    }

    private async Task<HttpClient> ApiClientAsync(string userName)
    {
        var client = new HttpClient { BaseAddress = live.App.BaseAddress };
        var token = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = LiveAppFactory.Password });
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        return client;
    }
}
