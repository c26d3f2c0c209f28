using System.Diagnostics;

namespace WorkflowEngine.Designer.Tests;

/// <summary>Runs npm in the designer's folder and fails loudly, with npm's own output, when it fails.</summary>
internal static class Npm
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>Installs the locked packages when the folder has none yet (a fresh clone that skipped the web build).</summary>
    public static async Task EnsureInstalledAsync()
    {
        if (!Directory.Exists(Path.Combine(DesignerFolder.Designer, "node_modules")))
        {
            await RunAsync("ci --no-audit --no-fund");
        }
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string arguments)
    {
        var start = new ProcessStartInfo("npm", arguments)
        {
            WorkingDirectory = DesignerFolder.Designer,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("npm could not be started; the designer's tests need Node.js.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        await process.WaitForExitAsync(timeout.Token);
        var text = await output + await error;
        return process.ExitCode == 0 ? (0, text) : throw new InvalidOperationException($"npm {arguments} failed with exit code {process.ExitCode}:\n{text}");
    }
}
