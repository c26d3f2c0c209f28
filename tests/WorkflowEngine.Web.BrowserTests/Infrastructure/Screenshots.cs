using Microsoft.Playwright;

namespace WorkflowEngine.Web.BrowserTests.Infrastructure;

/// <summary>Full-page screenshots for a person to look at, written to /tmp/rule-editor-ui (or SCREENSHOT_DIR).</summary>
internal static class Screenshots
{
    private static readonly string Folder = Environment.GetEnvironmentVariable("SCREENSHOT_DIR") ?? Path.Combine(Path.GetTempPath(), "rule-editor-ui");

    public static async Task TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        // Caret left as it is: hiding it makes Playwright add a style element, which the page's CSP (rightly) refuses.
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true, Caret = ScreenshotCaret.Initial });
    }
}
