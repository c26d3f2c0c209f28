using Npgsql;

namespace WorkflowEngine.Tests.Shared;

/// <summary>
/// The PostgreSQL server the tests run against, one per test process: the server named by
/// <c>WORKFLOW_ENGINE_POSTGRES</c> (a connection string whose user may create databases), or else
/// a throwaway cluster started in a temporary folder with the machine's <c>initdb</c> and
/// <c>pg_ctl</c> (<see cref="PostgreSqlClusters"/>) (as the unprivileged <c>postgres</c> user when the tests run as root) and
/// stopped and deleted when the process ends. Each test gets a database of its own. When neither
/// is possible the tests fail, saying why: they never skip.
/// </summary>
internal static class PostgreSqlTestServer
{
    public const string EnvironmentVariable = "WORKFLOW_ENGINE_POSTGRES";

    private const string FolderPrefix = "workflow-engine-pg-";

    private static readonly Lazy<string> Server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> NewDatabaseAsync()
    {
        var admin = Server.Value;
        var name = "engine_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="NewDatabaseAsync"/>, closing whatever still uses it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server.Value);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } named)
        {
            return new NpgsqlConnectionStringBuilder(named) { Database = new NpgsqlConnectionStringBuilder(named).Database ?? "postgres" }.ConnectionString;
        }

        var bin = PostgreSqlClusters.ServerBinaries() ?? throw new InvalidOperationException(
            $"The PostgreSQL tests need a server: install Debian's postgresql package (./test.sh does) or set {EnvironmentVariable} to a connection string of a running server.");
        PostgreSqlClusters.DeleteStopped(FolderPrefix);
        var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var runAs = PostgreSqlClusters.RunAs;
        if (runAs is not null)
        {
            PostgreSqlClusters.Run("chown", $"{runAs} {folder}", runAs: null);
        }

        var data = Path.Combine(folder, "data");
        PostgreSqlClusters.Run(Path.Combine(bin, "initdb"), $"-D {data} -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8", runAs);
        var port = PostgreSqlClusters.FreePort();

        // Durability is not what these tests check: no fsync makes each test's database quick to create.
        var settings = $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
        PostgreSqlClusters.Run(Path.Combine(bin, "pg_ctl"), $"-D {data} -l {Path.Combine(folder, "server.log")} -w -o \"{settings}\" start", runAs);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                PostgreSqlClusters.Run(Path.Combine(bin, "pg_ctl"), $"-D {data} -m immediate -w stop", runAs);
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                // The process is ending; a stopped cluster left behind is deleted by the next run.
            }
        };

        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=20";
    }
}
