using Microsoft.Playwright;

namespace WorkflowEngine.Web.BrowserTests.Infrastructure;

/// <summary>Signing in through the real sign-in page, as a person would.</summary>
internal static class SignInSteps
{
    /// <summary>
    /// Opens /sign-in, scans it with axe when asked, fills the form and presses "Sign in". Unless
    /// <paramref name="expectRefusal"/> is set, a sign-in that is not accepted fails here, with the
    /// answer and the page's error, rather than as a missing element on a later page.
    /// </summary>
    public static async Task SignInAsync(IPage page, string userName, string password = LiveAppFactory.Password, bool scan = false, bool expectRefusal = false)
    {
        await page.GotoAsync("/sign-in");
        if (scan)
        {
            await Axe.AssertNoViolationsAsync(page);
        }

        await page.GetByLabel("User name", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        // Wait for the answer to the sign-in before going on, so the next navigation does not interrupt it.
        var answered = page.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Url.Contains("/sign-in", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        // A successful sign-in redirects: wait until the page it leads to has loaded (a refused one stays on the form).
        var answer = await answered;
        if (answer.Status is not (302 or 303))
        {
            Assert.True(expectRefusal, $"Signing in as {userName} was answered {answer.Status}: {await page.Locator("main").InnerTextAsync()}");
        }
        else
        {
            Assert.False(expectRefusal, $"Signing in as {userName} was expected to be refused.");
            await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Load });
            // As a person does, go on once the page's own heading is there (the page has settled).
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
    }
}
