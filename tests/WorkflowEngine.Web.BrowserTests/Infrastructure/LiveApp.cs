using Microsoft.Playwright;

namespace WorkflowEngine.Web.BrowserTests.Infrastructure;

/// <summary>
/// A class fixture: the app on a real Kestrel port (its own database) and one headless system
/// Chromium for the whole test class. Each test opens its own browser context (fresh cookies)
/// with <see cref="NewContextAsync"/>.
/// </summary>
public class LiveApp : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public LiveApp()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>The app with extra configuration (see <see cref="ApprovalRequiredLiveApp"/>).</summary>
    protected LiveApp(IReadOnlyDictionary<string, string> settings) => App = new LiveAppFactory(settings);

    public LiveAppFactory App { get; }

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var chromium = SystemChromium.Path;
        App.Start();

        // Playwright's driver (the node binary and package the NuGet package copies to
        // bin/.playwright) runs offline; no browser download is needed because we name the binary.
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
        });
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    /// <summary>A fresh browser context (no cookies) on the app, with one page open.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await NewContextAsync();
        return await context.NewPageAsync();
    }

    /// <summary>A fresh browser context (no cookies) on the app. Dispose it at the end of the test.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        context.SetDefaultTimeout(30_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
