using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Persistence.Tests;

/// <summary>
/// A real SQLite file in a fresh temporary folder, migrated, with the stores wired as the host
/// wires them. The folder is deleted on disposal.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TestDatabase(string directory, Action<PersistenceOptions>? configure)
    {
        Directory = directory;
        FilePath = Path.Combine(directory, "engine.db");
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IInterceptor>(Commands);
        services.AddWorkflowPersistence(options =>
        {
            options.ConnectionString = $"Data Source={FilePath}";
            configure?.Invoke(options);
        });
        _services = services.BuildServiceProvider();
    }

    public string Directory { get; }

    public string FilePath { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 4, 9, 0, 0, TimeSpan.Zero));

    public CommandCounter Commands { get; } = new();

    public ICaseStore Cases => _services.GetRequiredService<ICaseStore>();

    public IDocumentStore Documents => _services.GetRequiredService<IDocumentStore>();

    internal Cases.SqliteWriteGate Writes => _services.GetRequiredService<Cases.SqliteWriteGate>();

    internal Cases.SqliteCaseWriter Writer => _services.GetRequiredService<Cases.SqliteCaseWriter>();

    public static async Task<TestDatabase> CreateAsync(Action<PersistenceOptions>? configure = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "workflow-engine-tests", Guid.NewGuid().ToString("N"));
        var database = new TestDatabase(directory, configure);
        await database._services.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        return database;
    }

    public EngineDbContext NewContext() =>
        _services.GetRequiredService<IDbContextFactory<EngineDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
