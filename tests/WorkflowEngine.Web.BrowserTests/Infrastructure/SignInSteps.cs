using Microsoft.Playwright;

namespace WorkflowEngine.Web.BrowserTests.Infrastructure;

/// <summary>Signing in through the real sign-in page, as a person would.</summary>
internal static class SignInSteps
{
    /// <summary>Opens /sign-in, fills the form and presses "Sign in" (scan the page with <see cref="Axe"/> separately).</summary>
    public static async Task SignInAsync(IPage page, string userName, string password = LiveAppFactory.Password)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("User name", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }
}
