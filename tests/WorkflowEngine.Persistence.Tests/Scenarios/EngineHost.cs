using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Hosting;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Tests;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Mail;
using WorkflowEngine.Tests.Shared;

namespace WorkflowEngine.Persistence.Tests.Scenarios;

/// <summary>
/// The engine as a host wires it: a real SQLite file (or a PostgreSQL database, its connection
/// string kept in the folder), migrations, the shipped workflows, rules and reference data
/// published at start-up, and a FakeTimeProvider clock.
/// </summary>
internal sealed class EngineHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly bool _ownsFolder;

    private const string PostgreSqlFile = "postgresql.txt";

    private EngineHost(DateTimeOffset now, string? folder, TimerOptions? timers, string? postgreSql)
    {
        PostgreSqlConnectionString = postgreSql;
        _ownsFolder = folder is null;
        Folder = folder ?? Path.Combine(Path.GetTempPath(), "engine-scenario-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Time = new FakeTimeProvider(now);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddLogging();
        services.AddSingleton(timers ?? new TimerOptions());
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, Cases.UngatedWriteGuard>(); // a write outside the write gate fails the test
        services.AddWorkflowPersistence(o =>
        {
            o.Provider = postgreSql is null ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;
            o.ConnectionString = postgreSql ?? $"Data Source={Path.Combine(Folder, "engine.db")}";
        });
        services.AddWorkflowEngine(o => o.ContentRoot = RepositoryPaths.Root);
        services.AddWorkflowTimerDispatcher();
        services.AddWorkflowNotifications(o => o.PickupDirectory = Path.Combine(Folder, "mail-pickup")).AddWorkflowEmail();
        _services = services.BuildServiceProvider();
    }

    /// <summary>The folder holding the database file; a second host on the same folder is a restart.</summary>
    public string Folder { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>The PostgreSQL database's connection string; null on SQLite.</summary>
    public string? PostgreSqlConnectionString { get; }

    public TimerDispatcher Dispatcher => _services.GetRequiredService<TimerDispatcher>();

    public TimerDispatcherService DispatcherService => _services.GetServices<IHostedService>().OfType<TimerDispatcherService>().Single();

    public ITimerStore Timers => _services.GetRequiredService<ITimerStore>();

    public IEscalationQueue Escalations => _services.GetRequiredService<IEscalationQueue>();

    public OutboxDispatcher Mail => _services.GetRequiredService<OutboxDispatcher>();

    public IInAppNotificationStore InApp => _services.GetRequiredService<IInAppNotificationStore>();

    public string PickupDirectory => Path.Combine(Folder, "mail-pickup");

    public TimerOptions TimerOptions => _services.GetRequiredService<TimerOptions>();

    /// <summary>The write gate: a test's own writes to the database take their turn here, as the engine's do.</summary>
    internal Cases.SqliteWriteGate Writes => _services.GetRequiredService<Cases.SqliteWriteGate>();

    public EngineDbContext NewContext() => _services.GetRequiredService<IDbContextFactory<EngineDbContext>>().CreateDbContext();

    /// <summary>How many journal entries of a kind the database holds, over every case.</summary>
    public async Task<int> CountJournalAsync(string kind)
    {
        await using var db = NewContext();
        return await db.Journal.CountAsync(j => j.Kind == kind);
    }

    /// <summary>The outbox, oldest first.</summary>
    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = NewContext();
        return await db.Outbox.AsNoTracking().OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToListAsync();
    }

    /// <summary>Moves the clock to an instant (never backwards).</summary>
    public void MoveTo(DateTimeOffset instant) => Time.SetUtcNow(instant);

    public CaseService Cases => _services.GetRequiredService<CaseService>();

    public IDocumentStore Documents => _services.GetRequiredService<IDocumentStore>();

    public Core.Measures.IDashboardQueries Dashboard => _services.GetRequiredService<Core.Measures.IDashboardQueries>();

    public Core.Hosting.MeasureRebuilder Measures => _services.GetRequiredService<Core.Hosting.MeasureRebuilder>();

    public DefinitionPublisher Publisher => _services.GetRequiredService<DefinitionPublisher>();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public static async Task<EngineHost> StartAsync(DateTimeOffset now, string? folder = null, TimerOptions? timers = null, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        string? postgreSql = null;
        if (provider == DatabaseProvider.PostgreSql)
        {
            // A host started on another's folder is a restart: it finds the same database.
            var kept = folder is null ? null : Path.Combine(folder, PostgreSqlFile);
            postgreSql = kept is not null && File.Exists(kept) ? await File.ReadAllTextAsync(kept) : await PostgreSqlTestServer.NewDatabaseAsync();
        }

        var host = new EngineHost(now, folder, timers, postgreSql);
        if (postgreSql is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(host.Folder, PostgreSqlFile), postgreSql);
        }

        await host._services.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        await host._services.GetRequiredService<EngineInitializer>().InitializeAsync();
        return host;
    }

    public async Task<CaseState> OpenReferralAsync(string referrerAgency = "education", bool urgent = false, ChildDetails? child = null)
    {
        var result = await Cases.OpenCaseAsync(new OpenCaseCommand(
            "cce-referral",
            child ?? new ChildDetails("Jay Smith", new DateOnly(2010, 9, 1), "LA-12345"),
            new ContactDetails("Ms A. Teacher", referrerAgency, "Jay has new phones and is missing school; seen with older men.", urgent),
            new JsonObject { ["missingEpisodes"] = 2, ["persistentAbsence"] = true },
            "a.teacher"));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value!;
    }

    public async Task<CaseState> CompleteAsync(CaseState state, string taskKey, string outcome, JsonObject data, string? agency = null)
    {
        var task = state.Tasks.Single(t => t.TaskKey == taskKey && t.IsActive && (agency is null || t.Agency == agency));
        var result = await Cases.CompleteTaskAsync(new CompleteTaskCommand(state.Id, task.Id, outcome, data, $"worker@{task.Agency}"));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value!;
    }

    /// <summary>When a timer transition of the case's current stage falls due, as the engine's calculator computes it.</summary>
    /// <summary>The due instant of the durable timer the case holds for a timer transition of its current stage.</summary>
    public async Task<DateTimeOffset> TimerDueAsync(CaseState state, string transitionKey)
    {
        var stored = (await Cases.GetAsync(state.Id))!;
        return stored.Timers.Single(t => t.Kind == TimerKind.StageTransition && t.TransitionKey == transitionKey).DueAt;
    }

    /// <summary>
    /// Moves the clock to the instant and lets the timer dispatcher act, as it would in service:
    /// a second earlier the case has not moved; at the instant the stage's timer fires.
    /// </summary>
    public async Task<CaseState> FireTimerAtAsync(CaseState state, string transitionKey, DateTimeOffset at)
    {
        Time.SetUtcNow(at - TimeSpan.FromSeconds(1));
        await Dispatcher.DispatchDueAsync();
        Assert.Equal(state.StageKey, (await Cases.GetAsync(state.Id))!.StageKey);

        Time.SetUtcNow(at);
        await Dispatcher.DispatchDueAsync();
        var moved = (await Cases.GetAsync(state.Id))!;
        var fired = (await Cases.ReadJournalAsync(state.Id)).Last(j => j.Kind == "transition.fired");
        Assert.Equal((transitionKey, "timer", at), (fired.Data["transition"]!.GetValue<string>(), fired.Data["via"]!.GetValue<string>(), fired.OccurredAt));
        return moved;
    }

    public static CaseTask Active(CaseState state, string taskKey, string? agency = null) =>
        state.Tasks.Single(t => t.TaskKey == taskKey && t.IsActive && (agency is null || t.Agency == agency));

    /// <summary>Deletes a folder hosts were started on, with the PostgreSQL database it names.</summary>
    public static async Task DeleteFolderAsync(string folder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var kept = Path.Combine(folder, PostgreSqlFile);
        if (File.Exists(kept))
        {
            await PostgreSqlTestServer.DropDatabaseAsync(await File.ReadAllTextAsync(kept));
        }

        Directory.Delete(folder, recursive: true);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_ownsFolder)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (PostgreSqlConnectionString is not null)
            {
                await PostgreSqlTestServer.DropDatabaseAsync(PostgreSqlConnectionString);
            }

            Directory.Delete(Folder, recursive: true);
        }
    }
}
