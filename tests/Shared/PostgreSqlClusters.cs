using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WorkflowEngine.Tests.Shared;

/// <summary>
/// Throwaway PostgreSQL clusters in the temporary folder, as the test suites' server
/// (<c>PostgreSqlTestServer</c>) and the load harness's (<c>BenchPostgreSql</c>) both make them:
/// the machine's server binaries, the user to run them as, a free port, running a server program,
/// and clearing away the clusters of earlier runs that stopped without deleting their folder.
/// </summary>
internal static class PostgreSqlClusters
{
    /// <summary>PostgreSQL refuses to run as root: the unprivileged <c>postgres</c> user runs it then.</summary>
    public static string? RunAs => Environment.UserName == "root" ? "postgres" : null;

    /// <summary>The newest server installed (Debian keeps each version under /usr/lib/postgresql/&lt;version&gt;/bin), else one on the PATH.</summary>
    public static string? ServerBinaries()
    {
        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            var newest = Directory.GetDirectories(debian)
                .Select(d => (Folder: d, Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Folder, "bin", "initdb")))
                .OrderByDescending(d => d.Version)
                .FirstOrDefault();
            if (newest.Folder is not null)
            {
                return Path.Combine(newest.Folder, "bin");
            }
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
            .FirstOrDefault(p => File.Exists(Path.Combine(p, "initdb")) && File.Exists(Path.Combine(p, "pg_ctl")));
    }

    /// <summary>
    /// Deletes the clusters of earlier runs (folders named <paramref name="folderPrefix"/>...) that
    /// stopped but outlived their run (a host may be ended before its exit handler finishes). A
    /// running cluster keeps its postmaster.pid, and one another run is setting up this moment is
    /// younger than an hour: both are left alone.
    /// </summary>
    public static void DeleteStopped(string folderPrefix)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), folderPrefix + "*"))
        {
            if (!File.Exists(Path.Combine(folder, "data", "postmaster.pid")) && Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddHours(-1))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Another run may be creating it this moment; the next run tries again.
                }
            }
        }
    }

    /// <summary>A TCP port free on the loopback address this moment.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a server program (as <paramref name="runAs"/> when given) and throws, with its output, when it fails.</summary>
    public static void Run(string program, string arguments, string? runAs)
    {
        var start = runAs is null
            ? new ProcessStartInfo(program, arguments)
            : new ProcessStartInfo("runuser", $"-u {runAs} -- {program} {arguments}");
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Starting a throwaway PostgreSQL server failed: {program} {arguments} exited with {process.ExitCode}: {error}{output.Result}");
        }
    }
}
