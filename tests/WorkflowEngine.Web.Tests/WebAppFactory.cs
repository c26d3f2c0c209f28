using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WorkflowEngine.Core.Tests;

namespace WorkflowEngine.Web.Tests;

/// <summary>
/// The web app as it runs, in memory, on a real SQLite file in a fresh temporary folder (or, when
/// <see cref="OnPostgreSql"/>, a fresh database on the test PostgreSQL server), in demo mode (demo
/// users and cases seeded), on a FakeTimeProvider starting Monday 2 March 2026 09:00 GMT.
/// Demo password: see <see cref="Password"/>.
/// </summary>
public partial class WebAppFactory : WebApplicationFactory<Program>
{
    public const string Password = "Demo-password-2026";

    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly bool _ownsFolder;
    private readonly string _contentRoot;

    public WebAppFactory()
        : this(null, null)
    {
    }

    private WebAppFactory(string? folder, string? contentRoot)
    {
        _ownsFolder = folder is null;
        Folder = folder ?? Path.Combine(Path.GetTempPath(), "web-tests-" + Guid.NewGuid().ToString("N"));
        _contentRoot = contentRoot ?? RepositoryPaths.Root;
    }

    public string Folder { get; }

    /// <summary>A factory on a given database folder (kept when disposed: a second factory on it is a restart) and content root.</summary>
    public static WebAppFactory On(string folder, string contentRoot) => new(folder, contentRoot);

    public FakeTimeProvider Time { get; } = new(Start);

    /// <summary>True for the factory that runs the app on PostgreSQL.</summary>
    protected virtual bool OnPostgreSql => false;

    /// <summary>The PostgreSQL database's connection string once the app has started on it; null on SQLite.</summary>
    public string? PostgreSqlConnectionString { get; private set; }

    /// <summary>Another node's PostgreSQL database to start on (it stays when this node is disposed); a new database when null.</summary>
    protected string? JoinedPostgreSqlDatabase { get; init; }

    /// <summary>More settings for the app, applied after the usual ones (set before the app starts).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>Changes to the app's services after its own (set before the app starts).</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseEnvironment("Development");
        if (OnPostgreSql)
        {
            PostgreSqlConnectionString = JoinedPostgreSqlDatabase ?? WorkflowEngine.Tests.Shared.PostgreSqlTestServer.NewDatabaseAsync().GetAwaiter().GetResult();
            builder.UseSetting("Persistence:Provider", "PostgreSql");
            builder.UseSetting("Persistence:ConnectionString", PostgreSqlConnectionString);
        }
        else
        {
            builder.UseSetting("Persistence:ConnectionString", $"Data Source={Path.Combine(Folder, "workflow.db")}");
        }

        builder.UseSetting("Engine:ContentRoot", _contentRoot);
        builder.UseSetting("Notifications:PickupDirectory", Path.Combine(Folder, "mail-pickup"));
        builder.UseSetting("Demo:Enabled", "true");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, WorkflowEngine.Persistence.Cases.UngatedWriteGuard>(); // a write outside the write gate fails the test
            services.AddSingleton<WorkflowEngine.Core.CaseDocuments.IVirusScanner, CaseRecords.EicarTestScanner>();
            TestServices?.Invoke(services);
        });
    }

    /// <summary>A client for the pages, over HTTPS so the secure cookie flows, not following redirects.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    /// <summary>A page client signed in as a demo user.</summary>
    public async Task<HttpClient> SignedInBrowserAsync(string userName)
    {
        var client = Browser();
        var page = await client.GetStringAsync(new Uri("/sign-in", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = Password,
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
        });
        var response = await client.PostAsync(new Uri("/sign-in", UriKind.Relative), form);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"Signing in as {userName} failed: {response.StatusCode}");
        return client;
    }

    /// <summary>An API client with a bearer token for a demo user.</summary>
    public async Task<HttpClient> ApiAsync(string userName)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        var response = await client.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { userName, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The anti-forgery token of the first form on a page.</summary>
    public static string AntiforgeryToken(string html) =>
        TokenField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("The page has no anti-forgery token.");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (PostgreSqlConnectionString is not null && JoinedPostgreSqlDatabase is null)
            {
                WorkflowEngine.Tests.Shared.PostgreSqlTestServer.DropDatabaseAsync(PostgreSqlConnectionString).GetAwaiter().GetResult();
            }

            if (_ownsFolder && Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
