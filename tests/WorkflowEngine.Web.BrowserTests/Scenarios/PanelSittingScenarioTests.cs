using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowEngine.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkflowEngine.Web.BrowserTests.Scenarios;

/// <summary>
/// Issue 16's MACE panel scenario through the pages: the MACE coordinator builds the agenda of the next
/// sitting; after the sitting starts, the chair records attendance, the risk level agreed and two
/// actions, and confirms the minutes; police and education each find their action as a disruption
/// task and open it (its page shows the action's text); education's was passed to it by the chair's
/// agency, so it accepts it first (issue 16's hand-overs); the case page shows the agreed risk and who
/// recorded it. Every page visited is scanned with axe. Each person works in their own browser context.
/// </summary>
public sealed class PanelSittingScenarioTests(LiveApp live) : IClassFixture<LiveApp>
{
    private const string PoliceAction = "Serve Child Abduction Warning Notices on the two adults seen with the child.";
    private const string EducationAction = "Arrange a full-time place at alternative provision.";

    /// <summary>A bound on waiting for the timer dispatcher (it polls every 5 seconds); never an assertion on time.</summary>
    private static readonly TimeSpan TimerWait = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task The_coordinator_builds_the_agenda_the_chair_records_and_confirms_the_minutes_and_each_agency_gets_its_action()
    {
        var child = "Kai Panel-" + Guid.NewGuid().ToString("N")[..6];
        var caseId = await PutForwardForThePanelAsync(child);
        var (date, startsAt) = await NextOpenSittingAsync();

        await BuildTheAgendaAsCoordinatorAsync(date, child);
        await live.App.AdvanceClockAsync(Math.Max(0, (startsAt - DateTimeOffset.UtcNow).TotalHours) + 1);
        await WaitForStageAsync(caseId, "mace-discussion");
        await RecordAndConfirmAsChairAsync(date, child, DateOnly.FromDateTime(startsAt.UtcDateTime).AddDays(14));
        await OpenTheActionAsync("practitioner.police", child, PoliceAction, handedOver: false);
        await OpenTheActionAsync("practitioner.education", child, EducationAction, handedOver: true);
        await SeeTheAgreedRiskOnTheCasePageAsync(caseId);
    }

    /// <summary>A school's concern, screened to MACE and put forward for the panel (set up through the API by a lead).</summary>
    private async Task<Guid> PutForwardForThePanelAsync(string child)
    {
        var caseId = await FrontDoorConcerns.OpenAsync(live, child, missingEpisodes: 3);
        using var lead = await ApiClients.SignedInAsync(live, "chair.partnership");
        foreach (var (outcome, data) in new (string, JsonObject)[]
        {
            ("exploitation-screening", new JsonObject { ["decisionRationale"] = "Indicators of criminal exploitation." }),
            ("screened", new JsonObject { ["missingEpisodes"] = 5, ["carryingWeapons"] = true }),
            ("added", new JsonObject()),
        })
        {
            var state = (await lead.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}"))!;
            var task = state["tasks"]!.AsArray().Single(t => t!["closedAt"] is null)!;
            var done = await lead.PostAsJsonAsync($"/api/cases/{caseId}/tasks/{task["id"]}/complete", new { outcome, data });
            Assert.True(done.IsSuccessStatusCode, await done.Content.ReadAsStringAsync());
        }

        Assert.Equal("awaiting-panel", await FrontDoorConcerns.StageOfAsync(live, caseId));
        return caseId;
    }

    /// <summary>The next sitting whose agenda is still open, from the panel calendar.</summary>
    private async Task<(DateOnly Date, DateTimeOffset StartsAt)> NextOpenSittingAsync()
    {
        using var lead = await ApiClients.SignedInAsync(live, "chair.partnership");
        var sittings = (await lead.GetFromJsonAsync<JsonArray>("/api/panels/sittings"))!;
        var next = sittings.First(s => s!["agendaClosesAt"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow)!;
        return (DateOnly.Parse(next["date"]!.GetValue<string>(), CultureInfo.InvariantCulture), next["startsAt"]!.GetValue<DateTimeOffset>());
    }

    private async Task BuildTheAgendaAsCoordinatorAsync(DateOnly date, string child)
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "coordinator.childrens-social-care");
        await page.GetByRole(AriaRole.Link, new() { Name = "MACE panel", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "MACE panel sittings" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = date.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), Exact = true }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Add cases to the agenda" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await AddButton(page, child).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 3, NameRegex = new Regex(Regex.Escape(child) + "$") })).ToBeVisibleAsync();
        await Expect(AddButton(page, child)).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "panel-agenda");
        await Axe.AssertNoViolationsAsync(page);
    }

    private async Task RecordAndConfirmAsChairAsync(DateOnly date, string child, DateOnly dueOn)
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "chair.police");
        await page.GotoAsync($"/panels/{date:yyyy-MM-dd}");
        await Axe.AssertNoViolationsAsync(page);

        foreach (var (agency, name) in new[] { ("Police", "DI Ravi Mistry (MACE chair)"), ("Education (schools, attendance, virtual school, alternative provision)", "Priya Shah (designated safeguarding lead)") })
        {
            await page.GetByLabel("Agency", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = agency });
            await page.GetByLabel("Name and role", new() { Exact = true }).FillAsync(name);
            await page.GetByRole(AriaRole.Button, new() { Name = "Record attendance", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Cell, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        }

        await page.GetByLabel($"Discussion notes for {child}", new() { Exact = true }).FillAsync("Seen with older males; missing five times; carrying a knife.");
        await page.GetByRole(AriaRole.Group, new() { Name = $"Risk level the panel agreed for {child}" }).GetByLabel("Significant risk", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Save the discussion of {child}", Exact = true }).ClickAsync();
        await Expect(page.Locator("dd[id^='agreed-risk-']")).ToContainTextAsync("Significant risk, recorded by DI Ravi Mistry (MACE chair)");

        foreach (var (agency, text) in new[] { ("Police", PoliceAction), ("Education (schools, attendance, virtual school, alternative provision)", EducationAction) })
        {
            await page.GetByLabel("Agency that owns the action", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = agency });
            await page.GetByLabel("What is to be done", new() { Exact = true }).FillAsync(text);
            var due = page.GetByRole(AriaRole.Group, new() { Name = "Due by" });
            await due.GetByLabel("Day", new() { Exact = true }).FillAsync(dueOn.Day.ToString(CultureInfo.InvariantCulture));
            await due.GetByLabel("Month", new() { Exact = true }).FillAsync(dueOn.Month.ToString(CultureInfo.InvariantCulture));
            await due.GetByLabel("Year", new() { Exact = true }).FillAsync(dueOn.Year.ToString(CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = $"Add the action for {child}", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Cell, new() { Name = text, Exact = true })).ToBeVisibleAsync();
        }

        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm the minutes", Exact = true }).ClickAsync();
        await Expect(page.Locator("#minutes-status")).ToHaveTextAsync("Minutes confirmed");
        await Expect(page.Locator("#minutes-confirmed")).ToContainTextAsync("Confirmed by DI Ravi Mistry (MACE chair)");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Add the action for {child}", Exact = true })).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "panel-minutes-confirmed");
        await Axe.AssertNoViolationsAsync(page);
    }

    private async Task OpenTheActionAsync(string userName, string child, string actionText, bool handedOver)
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, userName);
        await page.GotoAsync("/tasks?show=agency");
        // The agency's own tasks; the police, whose chair passed education its action, also see that
        // one under "Passed on, awaiting acceptance" until education accepts it.
        var link = page.Locator("table:not([aria-labelledby='passed-on'])").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Disruption action for " + Regex.Escape(child)) });
        await Expect(link).ToHaveCountAsync(1);
        var passedOn = page.GetByRole(AriaRole.Table, new() { Name = "Passed on, awaiting acceptance" }).GetByRole(AriaRole.Row).Filter(new() { HasText = child });
        await Expect(passedOn).ToHaveCountAsync(handedOver ? 0 : 1);
        if (!handedOver)
        {
            await Expect(passedOn).ToContainTextAsync("Education");
        }

        await Axe.AssertNoViolationsAsync(page);

        await link.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Disruption action" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "What the panel asked of your agency" })).ToBeVisibleAsync();
        await Expect(page.Locator(".app-panel-action")).ToHaveTextAsync(actionText);
        await Expect(page.Locator("#panel-agreed-risk")).ToContainTextAsync("Significant risk");
        // People and agencies by their names, never by account or key.
        await Expect(page.Locator("#decisions")).ToContainTextAsync(new Regex(@"Agree a disruption plan\s*by DI Ravi Mistry \(MACE chair\)"));
        await Expect(page.GetByText("Police, Education (schools, attendance, virtual school, alternative provision)", new() { Exact = true })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        if (!handedOver)
        {
            await Expect(page.Locator("#handover")).ToHaveCountAsync(0);
            return;
        }

        // Passed to this agency by the chair's: it must be accepted before it can be worked.
        await Expect(page.Locator("#handover")).ToContainTextAsync("Awaiting your acceptance");
        await Screenshots.TakeAsync(page, "panel-action-awaiting-acceptance");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept this task", Exact = true }).ClickAsync();
        await Expect(page.GetByText("You accepted this task. Your agency now answers for it.")).ToBeVisibleAsync();
        await Expect(page.Locator("#handover")).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(page);
    }

    private async Task SeeTheAgreedRiskOnTheCasePageAsync(Guid caseId)
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "practitioner.police");
        await page.GotoAsync($"/cases/{caseId}");
        var agreed = page.Locator("#panel-agreed-risk");
        await Expect(agreed).ToContainTextAsync("Risk level agreed by the MACE panel");
        await Expect(agreed).ToContainTextAsync("Significant risk");
        await Expect(agreed).ToContainTextAsync("recorded by DI Ravi Mistry (MACE chair)");
        await Screenshots.TakeAsync(page, "panel-case-agreed-risk");
        await Axe.AssertNoViolationsAsync(page);
    }

    private static ILocator AddButton(IPage page, string child) =>
        page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Add to the agenda\W+" + Regex.Escape(child) + "$") });

    private async Task WaitForStageAsync(Guid caseId, string stage)
    {
        // The timer dispatcher moves the case when the panel sits, on its next poll. One sign-in for
        // the whole wait: every sign-in counts against the address's flood guard.
        using var lead = await ApiClients.SignedInAsync(live, "chair.partnership");
        var waited = Stopwatch.StartNew();
        while (await FrontDoorConcerns.StageOfAsync(lead, caseId) != stage)
        {
            Assert.True(waited.Elapsed < TimerWait, $"Case {caseId} never reached stage '{stage}'.");
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }
}
