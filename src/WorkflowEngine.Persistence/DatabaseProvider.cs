namespace WorkflowEngine.Persistence;

/// <summary>The database engines the engine runs on (<c>Persistence:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file: one process, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (version 15 or later).</summary>
    PostgreSql,
}
