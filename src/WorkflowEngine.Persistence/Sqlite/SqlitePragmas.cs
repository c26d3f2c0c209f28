using System.Globalization;
using Microsoft.Data.Sqlite;

namespace WorkflowEngine.Persistence.Sqlite;

/// <summary>The settings every engine connection to SQLite runs with, whoever opens it.</summary>
internal static class SqlitePragmas
{
    /// <summary>Write-ahead logging, the busy timeout and the sync level (the last two are per connection in SQLite).</summary>
    public static string For(PersistenceOptions options) => string.Create(
        CultureInfo.InvariantCulture,
        $"PRAGMA journal_mode = WAL; PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = {(options.Synchronous == SqliteSynchronous.Full ? "FULL" : "NORMAL")};");

    /// <summary>The connection string with foreign keys enforced (as EF Core enforces them) unless it says otherwise.</summary>
    public static string WithForeignKeys(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        builder.ForeignKeys ??= true;
        return builder.ToString();
    }
}
