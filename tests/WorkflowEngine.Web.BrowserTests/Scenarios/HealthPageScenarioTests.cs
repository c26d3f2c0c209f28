using Microsoft.Playwright;
using WorkflowEngine.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkflowEngine.Web.BrowserTests.Scenarios;

/// <summary>An admin finds System health in the navigation and reads the nodes' figures; axe finds nothing on the page.</summary>
public sealed class HealthPageScenarioTests(LiveApp live) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task An_admin_opens_system_health_from_the_navigation()
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInSteps.SignInAsync(page, "admin.partnership");

        await page.GetByRole(AriaRole.Link, new() { Name = "System health", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "System health" })).ToBeVisibleAsync();
        await Expect(page.Locator("#this-node")).Not.ToBeEmptyAsync();
        await Axe.AssertNoViolationsAsync(page);
    }
}
