using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace WorkflowEngine.Persistence.PostgreSql;

/// <summary>Everything specific to PostgreSQL when configuring the engine's database.</summary>
internal static class PostgreSqlSetup
{
    public const string ProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>
    /// The connection string with automatic statement preparation on unless it says otherwise:
    /// the engine sends the same few statements all day, so each connection prepares them once
    /// and then sends only their values.
    /// </summary>
    public static string WithPreparedStatements(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 128;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }

    /// <summary>The pool of connections the engine's own statements and EF Core share.</summary>
    public static NpgsqlDataSource DataSource(PersistenceOptions options) =>
        new NpgsqlDataSourceBuilder(WithPreparedStatements(options.ConnectionString)).Build();

    public static void Configure(DbContextOptionsBuilder builder, NpgsqlDataSource dataSource, string? migrationsHistoryTable = null) =>
        builder.UseNpgsql(dataSource, npgsql =>
        {
            if (migrationsHistoryTable is not null)
            {
                npgsql.MigrationsHistoryTable(migrationsHistoryTable);
            }
        });

    public static void Configure(DbContextOptionsBuilder builder, PersistenceOptions options, string? migrationsHistoryTable = null) =>
        builder.UseNpgsql(WithPreparedStatements(options.ConnectionString), npgsql =>
        {
            if (migrationsHistoryTable is not null)
            {
                npgsql.MigrationsHistoryTable(migrationsHistoryTable);
            }
        });
}
