using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Persistence.Sqlite;

namespace WorkflowEngine.Persistence;

/// <summary>Points another EF Core context (the web app's sign-in store) at the engine's database, with the same settings.</summary>
public static class EngineDatabase
{
    /// <summary>Uses the engine's database: the same file, pragmas and busy timeout as the engine's own context.</summary>
    public static DbContextOptionsBuilder UseEngineDatabase(this DbContextOptionsBuilder builder, PersistenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        SqliteSetup.Configure(builder, options);
        return builder;
    }
}
