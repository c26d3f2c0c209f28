using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Hosting;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Load.Hosting;

/// <summary>
/// The engine wired as a host wires it: a SQLite file in a folder of its own, migrations, the
/// shipped workflows, rules and reference data published at start-up, plus the bench workflows
/// and rule set published through the <see cref="DefinitionPublisher"/>. The clock is a
/// <see cref="FakeTimeProvider"/> set to a Monday morning, so due times are the same on every run.
/// </summary>
public sealed class BenchEngine : IAsyncDisposable
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private BenchEngine(string folder, SqliteSynchronous synchronous, string? postgreSql = null)
    {
        Folder = folder;
        DatabasePath = System.IO.Path.Combine(folder, "engine.db");
        PostgreSqlConnectionString = postgreSql;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(Timers);
        services.AddWorkflowPersistence(o =>
        {
            if (postgreSql is null)
            {
                o.ConnectionString = $"Data Source={DatabasePath}";
                o.Synchronous = synchronous;
            }
            else
            {
                o.Provider = DatabaseProvider.PostgreSql;
                o.ConnectionString = postgreSql;
            }
        });
        services.AddWorkflowEngine(o => o.ContentRoot = RepositoryRoot.Path);
        _services = services.BuildServiceProvider();
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    /// <summary>The PostgreSQL database this engine runs on, or null when it runs on the SQLite file at <see cref="DatabasePath"/>.</summary>
    public string? PostgreSqlConnectionString { get; }

    /// <summary>What the engine runs on, as the table's sync column shows it.</summary>
    public string Store => PostgreSqlConnectionString is null ? "SQLite" : "PostgreSQL";

    /// <summary>
    /// Starts on the Monday and moves on a millisecond each time it is read, as a real clock moves
    /// while work is done. Frozen, it would stamp every id (UUID version 7, time first) with one
    /// instant and so scatter inserts across every key index, which no deployment sees.
    /// </summary>
    public FakeTimeProvider Time { get; } = new(Monday) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    /// <summary>Reminders off: the timer storm counts what falls due, not what was announced a day before.</summary>
    public TimerOptions Timers { get; } = new() { ReminderBefore = TimeSpan.Zero, BatchSize = 200 };

    /// <summary>A dispatcher of its own, as each node of a deployment would have.</summary>
    public TimerDispatcher NewDispatcher() =>
        new(Get<ITimerStore>(), Cases, Timers, Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<TimerDispatcher>.Instance);

    public CaseService Cases => _services.GetRequiredService<CaseService>();

    public ITaskInbox Inbox => _services.GetRequiredService<ITaskInbox>();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Creates, migrates and publishes into a new database file under <paramref name="parent"/>.</summary>
    public static Task<BenchEngine> StartAsync(string parent, SqliteSynchronous synchronous, CancellationToken cancellationToken = default) =>
        StartAsync(parent, synchronous, null, cancellationToken);

    /// <summary>Migrates and publishes into an empty PostgreSQL database (see <see cref="BenchPostgreSql"/>).</summary>
    public static Task<BenchEngine> StartPostgreSqlAsync(string parent, string connectionString, CancellationToken cancellationToken = default) =>
        StartAsync(parent, SqliteSynchronous.Full, connectionString, cancellationToken);

    /// <summary>
    /// Another node on the database <paramref name="first"/> runs on: an engine of its own (its
    /// own connection pool, caches and dispatcher), as a second process would be, nothing migrated
    /// or published again.
    /// </summary>
    public static BenchEngine AnotherNode(BenchEngine first) =>
        new(System.IO.Path.Combine(first.Folder, "node-" + Guid.NewGuid().ToString("N")), SqliteSynchronous.Full, first.PostgreSqlConnectionString) { _isNode = true };

    /// <summary>Counts with <paramref name="sql"/> (identifiers double-quoted, which both databases read) straight from the database, not through the engine.</summary>
    public async Task<long> CountAsync(string sql, CancellationToken cancellationToken)
    {
        await using System.Data.Common.DbConnection connection = PostgreSqlConnectionString is null
            ? new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False")
            : new Npgsql.NpgsqlConnection(PostgreSqlConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private bool _isNode;

    private static async Task<BenchEngine> StartAsync(string parent, SqliteSynchronous synchronous, string? postgreSql, CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.Combine(parent, "engine-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var engine = new BenchEngine(folder, synchronous, postgreSql);
        await engine.Get<DatabaseInitializer>().MigrateAsync(cancellationToken);
        await engine.Get<EngineInitializer>().InitializeAsync(cancellationToken);
        var publisher = engine.Get<DefinitionPublisher>();
        await PublishAsync(publisher, DocumentKind.RuleSet, "bench-route.json", cancellationToken);
        await PublishAsync(publisher, DocumentKind.Workflow, "bench-three-steps.json", cancellationToken);
        await PublishAsync(publisher, DocumentKind.Workflow, "bench-human-task.json", cancellationToken);
        await PublishAsync(publisher, DocumentKind.Workflow, "bench-storm.json", cancellationToken);
        return engine;
    }

    /// <summary>A contact for a bench workflow: a child with three missing episodes.</summary>
    public static OpenCaseCommand Contact(string workflowKey, int index, string referrerAgency = "education") => new(
        workflowKey,
        new ChildDetails($"Child {index}", new DateOnly(2010, 9, 1), $"LA-{index}"),
        new ContactDetails("Ms A. Teacher", referrerAgency, "New phones, missing school, seen with older men.", Urgent: false),
        new JsonObject { ["missingEpisodes"] = 3, ["persistentAbsence"] = true },
        "a.teacher");

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_isNode)
        {
            return;
        }

        if (PostgreSqlConnectionString is not null)
        {
            await BenchPostgreSql.DropAsync(PostgreSqlConnectionString);
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean; the figures are already taken.
        }
    }

    private static async Task PublishAsync(DefinitionPublisher publisher, DocumentKind kind, string file, CancellationToken cancellationToken)
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, "Definitions", file);
        var result = await publisher.PublishAsync(kind, await File.ReadAllTextAsync(path, cancellationToken), "bench", cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{file} was refused: " + string.Join(" ", result.Errors));
        }
    }
}
