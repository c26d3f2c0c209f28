using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowEngine.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkflowEngine.Web.BrowserTests.Scenarios;

/// <summary>
/// Issue 15's admin and printing scenarios in a real browser, every page scanned with axe: an admin
/// retries a failed notification, changes a person's roles and searches the disclosure log; a lead
/// prints a case summary to PDF on A4; a team manager sees a level-4 escalation read-only.
/// The app's e-mail cannot be delivered, so notifications fail and wait for an admin.
/// </summary>
public sealed partial class AdminAndPrintScenarioTests(FailingMailLiveApp live) : IClassFixture<FailingMailLiveApp>
{
    /// <summary>A bound on waiting for the outbox (it polls every second) to give up on a notification; never an assertion on time.</summary>
    private static readonly TimeSpan OutboxWait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task An_admin_retries_a_failed_notification_from_the_incidents_page()
    {
        var (caseId, _) = await RaiseAndEscalateAsync("Failed Mail " + Guid.NewGuid().ToString("N")[..6], times: 1);
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "admin.partnership");

        await page.GetByRole(AriaRole.Link, new() { Name = "Incidents", Exact = true }).ClickAsync();
        var row = page.Locator("#failed-notifications tr", new() { Has = page.Locator($"a[href='/cases/{caseId}']") }).First;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await row.CountAsync() == 0 && waited.Elapsed < OutboxWait)
        {
            await Task.Delay(1000);
            await page.ReloadAsync();
        }

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Incidents" })).ToBeVisibleAsync();
        await Expect(row).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Retry") }).ClickAsync();

        await Expect(page.GetByText("The notification will be sent again within a minute.")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task An_admin_gives_a_person_a_role_after_a_refusal_and_searches_the_disclosure_log()
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "admin.partnership");

        await page.GetByRole(AriaRole.Link, new() { Name = "People and roles", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "People and roles" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Practitioner (community-safety)", Exact = true }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Add role", Exact = true }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select a role to add");
        await Expect(page.Locator("#role-error")).ToContainTextAsync("Select a role to add");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Add a role").SelectOptionAsync(new SelectOptionValue { Label = "Manager" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add role", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Practitioner (community-safety) now has the role Manager.")).ToBeVisibleAsync();
        await Expect(page.Locator("#roles")).ToContainTextAsync("Manager");

        await page.GetByRole(AriaRole.Link, new() { Name = "Disclosure log", Exact = true }).ClickAsync();
        await page.GetByLabel("Person", new() { Exact = true }).FillAsync("Sam Okafor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("person=Sam"));
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Case reference", new() { Exact = true }).FillAsync("not a reference");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page.Locator("#case-error")).ToContainTextAsync("Enter a case reference like CASE-1A2B3C4D");
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_case_summary_prints_to_PDF_on_A4_with_the_child_and_the_case_reference()
    {
        var child = "Printed Child " + Guid.NewGuid().ToString("N")[..6];
        var (caseId, reference) = await RaiseAndEscalateAsync(child, times: 0);
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "chair.partnership");

        await page.GotoAsync($"/cases/{caseId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Case summary to print", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = child })).ToBeVisibleAsync();
        await Expect(page.Locator(".govuk-caption-l")).ToContainTextAsync(reference);
        await Expect(page.Locator("#summary-concern")).ToContainTextAsync("Seen getting into cars");
        await Axe.AssertNoViolationsAsync(page);

        // As printed: the service's header, navigation and footer give way to the summary, which fits an A4 page's width (794 CSS pixels).
        await page.SetViewportSizeAsync(794, 1123);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".govuk-service-navigation")).ToBeHiddenAsync();
        await Expect(page.Locator(".govuk-footer")).ToBeHiddenAsync();
        await Expect(page.Locator("#summary-child")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "The printed summary is wider than an A4 page.");

        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        var pages = PageObject().Count(text);
        Assert.InRange(pages, 1, 3);
        var box = MediaBox().Match(text);
        Assert.True(box.Success, "The PDF has no page size.");
        Assert.InRange(double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 594, 596);
        Assert.InRange(double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 841, 843);
        Assert.Contains(child, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_manager_sees_a_level_4_escalation_read_only()
    {
        var child = "Climbed Child " + Guid.NewGuid().ToString("N")[..6];
        var (_, reference) = await RaiseAndEscalateAsync(child, times: 4);
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "manager.childrens-social-care");

        await page.GetByRole(AriaRole.Link, new() { Name = "Escalations", Exact = true }).ClickAsync();
        var card = page.Locator(".govuk-summary-card", new() { Has = page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex($"^Level 4: .* for {child} \\({reference}\\)$") }) });

        await Expect(card).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync("You can see it but not act on it at this level.");
        await Expect(card.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(page);
    }

    // A school's DSL raises a concern through the API; the partnership chair then escalates its task by hand the given number of times.
    private async Task<(Guid CaseId, string Reference)> RaiseAndEscalateAsync(string child, int times)
    {
        using var dsl = await ApiClients.SignedInAsync(live, "dsl.education");
        var opened = await dsl.PostAsJsonAsync("/api/cases", new
        {
            child = new { name = child, dateOfBirth = "2011-05-01" },
            contact = new { referrer = "Priya Shah", concern = "Seen getting into cars with older men after school." },
            facts = new { missingEpisodes = 2 },
        });
        opened.EnsureSuccessStatusCode();
        var body = (await opened.Content.ReadFromJsonAsync<JsonObject>())!;
        var caseId = body["id"]!.GetValue<Guid>();
        var reference = WorkflowEngine.Core.Cases.CaseReference.Of(caseId);
        if (times == 0)
        {
            return (caseId, reference);
        }

        using var chair = await ApiClients.SignedInAsync(live, "chair.partnership");
        var state = (await chair.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}"))!;
        var taskId = state["tasks"]!.AsArray().Single(t => t!["closedAt"] is null)!["id"]!.GetValue<Guid>();
        for (var i = 0; i < times; i++)
        {
            var escalated = await chair.PostAsJsonAsync($"/api/cases/{caseId}/tasks/{taskId}/escalate", new { reason = "The situation is not improving." });
            escalated.EnsureSuccessStatusCode();
        }

        return (caseId, reference);
    }

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]")]
    private static partial Regex MediaBox();
}
