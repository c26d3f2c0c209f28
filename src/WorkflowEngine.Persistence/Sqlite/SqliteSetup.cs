using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace WorkflowEngine.Persistence.Sqlite;

/// <summary>Everything specific to SQLite when configuring the engine's database.</summary>
internal static class SqliteSetup
{
    public const string ProviderName = "Microsoft.EntityFrameworkCore.Sqlite";

    public static void Configure(DbContextOptionsBuilder builder, PersistenceOptions options, string? migrationsHistoryTable = null)
    {
        EnsureDataDirectory(options.ConnectionString);
        builder.UseSqlite(options.ConnectionString, sqlite =>
        {
            if (migrationsHistoryTable is not null)
            {
                sqlite.MigrationsHistoryTable(migrationsHistoryTable);
            }
        });
        builder.AddInterceptors(new SqlitePragmaInterceptor(options));
    }

    private static void EnsureDataDirectory(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource)
            || dataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase)
            || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
