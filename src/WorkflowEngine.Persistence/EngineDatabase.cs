using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Persistence.PostgreSql;
using WorkflowEngine.Persistence.Sqlite;

namespace WorkflowEngine.Persistence;

/// <summary>Points another EF Core context (the web app's sign-in store) at the engine's database, with the same settings.</summary>
public static class EngineDatabase
{
    /// <summary>
    /// Uses the engine's database: the same file, pragmas and busy timeout as the engine's own
    /// context (or the same PostgreSQL database), with its own migrations history table so the two
    /// schemas evolve independently.
    /// </summary>
    public static DbContextOptionsBuilder UseEngineDatabase(this DbContextOptionsBuilder builder, PersistenceOptions options, string migrationsHistoryTable)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(migrationsHistoryTable);
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            PostgreSqlSetup.Configure(builder, options, migrationsHistoryTable);
        }
        else
        {
            SqliteSetup.Configure(builder, options, migrationsHistoryTable);
        }

        return builder;
    }
}
