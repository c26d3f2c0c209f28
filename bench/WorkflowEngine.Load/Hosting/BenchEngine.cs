using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Hosting;
using WorkflowEngine.Core.Runtime;
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

    private BenchEngine(string folder, SqliteSynchronous synchronous)
    {
        Folder = folder;
        DatabasePath = System.IO.Path.Combine(folder, "engine.db");
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(Timers);
        services.AddWorkflowPersistence(o =>
        {
            o.ConnectionString = $"Data Source={DatabasePath}";
            o.Synchronous = synchronous;
        });
        services.AddWorkflowEngine(o => o.ContentRoot = RepositoryRoot.Path);
        _services = services.BuildServiceProvider();
    }

    public string Folder { get; }

    public string DatabasePath { get; }

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
    public static async Task<BenchEngine> StartAsync(string parent, SqliteSynchronous synchronous, CancellationToken cancellationToken = default)
    {
        var folder = System.IO.Path.Combine(parent, "engine-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var engine = new BenchEngine(folder, synchronous);
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
