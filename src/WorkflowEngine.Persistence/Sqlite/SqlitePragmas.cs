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

    /// <summary>Opens a connection of the engine's own (foreign keys enforced), set up with <see cref="For"/> and then <paramref name="morePragmas"/>.</summary>
    public static SqliteConnection Open(PersistenceOptions options, string morePragmas = "")
    {
        var connection = new SqliteConnection(WithForeignKeys(options.ConnectionString));
        try
        {
            connection.Open();
            using var pragmas = connection.CreateCommand();
            pragmas.CommandText = For(options) + morePragmas;
            pragmas.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
