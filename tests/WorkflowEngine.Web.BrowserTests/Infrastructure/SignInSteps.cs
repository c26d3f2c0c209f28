using Microsoft.Playwright;

namespace WorkflowEngine.Web.BrowserTests.Infrastructure;

/// <summary>Signing in through the real sign-in page, as a person would.</summary>
internal static class SignInSteps
{
    /// <summary>Opens /sign-in, scans it with axe when asked, fills the form and presses "Sign in".</summary>
    public static async Task SignInAsync(IPage page, string userName, string password = LiveAppFactory.Password, bool scan = false)
    {
        await page.GotoAsync("/sign-in");
        if (scan)
        {
            await Axe.AssertNoViolationsAsync(page);
        }

        await page.GetByLabel("User name", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }
}
