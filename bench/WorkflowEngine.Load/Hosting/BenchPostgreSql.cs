using System.Globalization;
using Npgsql;
using WorkflowEngine.Tests.Shared;

namespace WorkflowEngine.Load.Hosting;

/// <summary>
/// The PostgreSQL server the PostgreSQL workloads run on: the one named by
/// <c>WORKFLOW_ENGINE_POSTGRES</c> (a connection string whose user may create databases), or else
/// a cluster of the run's own in a temporary folder, started with the machine's <c>initdb</c> and
/// <c>pg_ctl</c> (as <c>postgres</c> when run as root; <c>tests/Shared/PostgreSqlClusters.cs</c>, shared with the tests) and stopped at the end of the run. Unlike
/// the test suite's throwaway cluster it keeps PostgreSQL's durable defaults (fsync, synchronous
/// commit, full page writes), so its figures stand beside SQLite's FULL ones.
/// </summary>
public static class BenchPostgreSql
{
    private static readonly Lock Gate = new();
    private static string? _server;
    private static (string Program, string Arguments)? _stop;
    private static string? _dataFolder;

    /// <summary>Creates an empty database for one engine and returns its connection string.</summary>
    public static async Task<string> NewDatabaseAsync()
    {
        var admin = Server();
        var name = "bench_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 50 }.ConnectionString;
    }

    public static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// CPU time the run's own cluster has used so far (every server process, from /proc), or null
    /// when the server is not ours to measure (named by the environment variable).
    /// </summary>
    public static TimeSpan? ServerCpuTime()
    {
        if (_dataFolder is null || !File.Exists(Path.Combine(_dataFolder, "postmaster.pid")))
        {
            return null;
        }

        var postmaster = int.Parse(File.ReadLines(Path.Combine(_dataFolder, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        long ticks = 0;
        foreach (var folder in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            try
            {
                // Fields after the command's closing parenthesis: state, ppid, ... utime (14th field), stime (15th).
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                if (pid == postmaster || parent == postmaster)
                {
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        // /proc counts in clock ticks, 100 a second on Linux.
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>Stops the run's own cluster, if one was started.</summary>
    public static void Stop()
    {
        lock (Gate)
        {
            if (_stop is { } stop)
            {
                PostgreSqlClusters.Run(stop.Program, stop.Arguments, PostgreSqlClusters.RunAs);
                _stop = null;
                Directory.Delete(Path.GetDirectoryName(_dataFolder)!, recursive: true);
            }
        }
    }

    private const string FolderPrefix = "bench-postgresql-";

    private static string Server()
    {
        lock (Gate)
        {
            return _server ??= Start();
        }
    }

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable("WORKFLOW_ENGINE_POSTGRES") is { Length: > 0 } named)
        {
            return named;
        }

        var bin = PostgreSqlClusters.ServerBinaries()
            ?? throw new InvalidOperationException("The PostgreSQL workloads need a server: install Debian's postgresql package or set WORKFLOW_ENGINE_POSTGRES to a connection string.");

        // Under the temporary folder, which the postgres user can reach (the repository may not be).
        PostgreSqlClusters.DeleteStopped(FolderPrefix);
        var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var runAs = PostgreSqlClusters.RunAs;
        if (runAs is not null)
        {
            PostgreSqlClusters.Run("chown", $"{runAs} {folder}", runAs: null);
        }

        _dataFolder = Path.Combine(folder, "data");
        PostgreSqlClusters.Run(Path.Combine(bin, "initdb"), $"-D {_dataFolder} -A trust -U postgres -E UTF8 --locale=C.UTF-8", runAs);
        var port = PostgreSqlClusters.FreePort();
        PostgreSqlClusters.Run(Path.Combine(bin, "pg_ctl"), $"-D {_dataFolder} -l {folder}/server.log -w -o \"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=300\" start", runAs);
        _stop = (Path.Combine(bin, "pg_ctl"), $"-D {_dataFolder} -m fast -w stop");

        // Stopped by the harness at the end of its run; stopped here too when another host (the smoke tests) ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Stop();
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                // The process is ending; the folder is under the temporary folder.
            }
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }
}
