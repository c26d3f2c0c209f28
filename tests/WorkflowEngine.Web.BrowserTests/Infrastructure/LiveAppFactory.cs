using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Tests;

namespace WorkflowEngine.Web.BrowserTests.Infrastructure;

/// <summary>
/// The web app as it runs for real: Kestrel on a free loopback port, a real SQLite file in a fresh
/// temporary folder, the Development environment, demo mode (demo users and cases seeded) and the
/// test clock hook on (<c>POST /test-hooks/clock?hours=N</c> moves the app's time forward).
/// </summary>
public sealed class LiveAppFactory : WebApplicationFactory<Program>
{
    public const string Password = "Demo-password-2026";

    private readonly IReadOnlyDictionary<string, string> _settings;

    public LiveAppFactory()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>The app with extra configuration, e.g. <c>Publishing:RequireApproval</c> on.</summary>
    public LiveAppFactory(IReadOnlyDictionary<string, string> settings)
    {
        _settings = settings;
        UseKestrel(0);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "browser-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>
    /// Where the app listens, as <c>http://localhost:{port}</c>: Chromium treats localhost as a
    /// secure origin, so the app's <c>__Host-</c> secure cookie is kept over plain HTTP.
    /// </summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts Kestrel (migrating, publishing and seeding on the way) and learns the port.</summary>
    public void Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a))
            .First(a => a.Scheme == Uri.UriSchemeHttp);
        BaseAddress = new UriBuilder(address) { Host = "localhost" }.Uri;
    }

    /// <summary>An absolute address on the app for a path such as <c>/sign-in</c>.</summary>
    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    /// <summary>Moves the app's clock forward through the Development-only test hook.</summary>
    public async Task AdvanceClockAsync(double hours)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        using var response = await client.PostAsync(
            new Uri(FormattableString.Invariant($"/test-hooks/clock?hours={hours}"), UriKind.Relative), content: null);
        response.EnsureSuccessStatusCode();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Persistence:ConnectionString", $"Data Source={Path.Combine(Folder, "workflow.db")}");
        builder.UseSetting("Engine:ContentRoot", RepositoryPaths.Root);
        builder.UseSetting("Notifications:PickupDirectory", Path.Combine(Folder, "mail-pickup"));
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("TestHooks:Clock", "true");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
    }
}
