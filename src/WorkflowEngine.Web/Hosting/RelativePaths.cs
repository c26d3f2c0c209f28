using Microsoft.Data.Sqlite;

namespace WorkflowEngine.Web.Hosting;

/// <summary>
/// Relative paths in configuration (the database file, the mail pickup folder) are relative to the
/// app's content root, wherever the process was started from.
/// </summary>
internal static class RelativePaths
{
    public static void ResolveAgainstContentRoot(this WebApplicationBuilder builder)
    {
        var root = builder.Environment.ContentRootPath;
        var configuration = builder.Configuration;
        // A PostgreSQL connection string names a server, not a file.
        if (!string.Equals(configuration["Persistence:Provider"], nameof(Persistence.DatabaseProvider.PostgreSql), StringComparison.OrdinalIgnoreCase))
        {
            var connection = new SqliteConnectionStringBuilder(configuration["Persistence:ConnectionString"] ?? Persistence.PersistenceOptions.DefaultSqliteConnectionString);
            if (connection.DataSource is { Length: > 0 } file && file != ":memory:" && !file.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && !Path.IsPathRooted(file))
            {
                connection.DataSource = Path.GetFullPath(file, root);
            }

            configuration["Persistence:ConnectionString"] = connection.ToString();
        }

        if (configuration["Notifications:PickupDirectory"] is { Length: > 0 } pickup && !Path.IsPathRooted(pickup))
        {
            configuration["Notifications:PickupDirectory"] = Path.GetFullPath(pickup, root);
        }
    }
}
