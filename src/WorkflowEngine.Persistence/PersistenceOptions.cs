namespace WorkflowEngine.Persistence;

/// <summary>Where and how the engine stores its data (configuration section <c>Persistence</c>).</summary>
public sealed class PersistenceOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Persistence";

    /// <summary>The database engine: SQLite (the default, one file) or a PostgreSQL server.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The connection string. SQLite: the file (its folder is created if missing). PostgreSQL: an
    /// Npgsql connection string, e.g. <c>Host=db;Database=workflow;Username=engine;Password=...</c>.
    /// </summary>
    public string ConnectionString { get; set; } = DefaultSqliteConnectionString;

    /// <summary>The SQLite file used when no connection string is given.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/workflow.db";

    /// <summary>
    /// How hard SQLite works to make each commit survive a power cut. Full (the default) loses
    /// nothing; Normal is faster and may lose the last commits, never corrupting the file.
    /// </summary>
    public SqliteSynchronous Synchronous { get; set; } = SqliteSynchronous.Full;

    /// <summary>How long a connection waits for another writer before giving up.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
