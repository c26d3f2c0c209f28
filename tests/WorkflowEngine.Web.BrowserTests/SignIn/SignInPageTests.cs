using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowEngine.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkflowEngine.Web.BrowserTests.SignIn;

/// <summary>The sign-in page in a real browser: the form works, the cookie sticks, the page is accessible.</summary>
public sealed partial class SignInPageTests(LiveApp live) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task The_MASH_social_worker_signs_in_through_the_form_and_lands_on_their_tasks()
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();

        await SignInSteps.SignInAsync(page, "mash.childrens-social-care");

        await Expect(page).ToHaveURLAsync(TasksUrl());
        var cookie = (await context.CookiesAsync()).Single(c => c.Name == "__Host-workflow");
        Assert.True(cookie.Secure);
        Assert.True(cookie.HttpOnly);

        // The cookie carries the session: the front door now sends this person to their work, and a
        // page with the layout greets them by name with a way to sign out.
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(TasksUrl());
        await page.GotoAsync("/access-denied");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out Sam Okafor (MASH social worker)" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_sign_in_page_passes_axe()
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");

        await Expect(page).ToHaveURLAsync(SignInUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_wrong_password_shows_the_GOV_UK_error_summary_and_the_page_still_passes_axe()
    {
        await using var context = await live.NewContextAsync();
        var page = await context.NewPageAsync();

        await SignInSteps.SignInAsync(page, "dsl.education", "not the password", expectRefusal: true);

        await Expect(page).ToHaveURLAsync(SignInUrl());
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = "The user name or password is not right" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("User name", new() { Exact = true })).ToHaveValueAsync("dsl.education");
        await Expect(page.GetByLabel("Password", new() { Exact = true })).ToBeEmptyAsync();
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == "__Host-workflow");
        await Axe.AssertNoViolationsAsync(page);
    }

    [GeneratedRegex(@"^http://localhost:\d+/tasks$")]
    private static partial Regex TasksUrl();

    [GeneratedRegex(@"^http://localhost:\d+/sign-in(\?.*)?$")]
    private static partial Regex SignInUrl();
}
