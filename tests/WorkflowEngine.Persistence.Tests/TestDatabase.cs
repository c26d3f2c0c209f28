using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Tests.Shared;

namespace WorkflowEngine.Persistence.Tests;

/// <summary>
/// A real database, migrated, with the stores wired as the host wires them: a SQLite file in a
/// fresh temporary folder, or a fresh database on the test PostgreSQL server
/// (<see cref="WorkflowEngine.Tests.Shared.PostgreSqlTestServer"/>). Both are deleted on disposal.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TestDatabase(string directory, Action<PersistenceOptions>? configure, string? postgreSql)
    {
        Directory = directory;
        FilePath = Path.Combine(directory, "engine.db");
        PostgreSqlConnectionString = postgreSql;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IInterceptor>(Commands);
        services.AddSingleton<IInterceptor, Cases.UngatedWriteGuard>(); // a write outside the write gate fails the test
        services.AddWorkflowPersistence(options =>
        {
            options.ConnectionString = postgreSql ?? $"Data Source={FilePath}";
            options.Provider = postgreSql is null ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;
            configure?.Invoke(options);
        });
        _services = services.BuildServiceProvider();
    }

    public string Directory { get; }

    public string FilePath { get; }

    /// <summary>The PostgreSQL database's connection string; null on SQLite.</summary>
    public string? PostgreSqlConnectionString { get; }

    public DatabaseProvider Provider => PostgreSqlConnectionString is null ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 4, 9, 0, 0, TimeSpan.Zero));

    public CommandCounter Commands { get; } = new();

    public ICaseStore Cases => _services.GetRequiredService<ICaseStore>();

    public IDocumentStore Documents => _services.GetRequiredService<IDocumentStore>();

    public IVersionHistory VersionHistory => _services.GetRequiredService<IVersionHistory>();

    public Journal.JournalAudit Audit => _services.GetRequiredService<Journal.JournalAudit>();

    internal Cases.SqliteWriteGate Writes => _services.GetRequiredService<Cases.SqliteWriteGate>();

    internal Cases.SqliteCaseStore Writer => _services.GetRequiredService<Cases.SqliteCaseStore>();

    public static async Task<TestDatabase> CreateAsync(Action<PersistenceOptions>? configure = null, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var directory = Path.Combine(Path.GetTempPath(), "workflow-engine-tests", Guid.NewGuid().ToString("N"));
        var postgreSql = provider == DatabaseProvider.PostgreSql ? await PostgreSqlTestServer.NewDatabaseAsync() : null;
        var database = new TestDatabase(directory, configure, postgreSql);
        await database._services.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        return database;
    }

    public EngineDbContext NewContext() =>
        _services.GetRequiredService<IDbContextFactory<EngineDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (PostgreSqlConnectionString is not null)
        {
            await PostgreSqlTestServer.DropDatabaseAsync(PostgreSqlConnectionString);
        }

        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
