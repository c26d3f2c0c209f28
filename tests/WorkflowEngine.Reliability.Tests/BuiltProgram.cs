using System.Diagnostics;
using WorkflowEngine.Core.Tests;

namespace WorkflowEngine.Reliability.Tests;

/// <summary>A program of this repository as built (same configuration as these tests), run with <c>dotnet</c>.</summary>
internal static class BuiltProgram
{
    private static readonly string Configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string Web => Find("WorkflowEngine.Web", "WorkflowEngine.Web.dll");

    public static string Cli => Find("WorkflowEngine.Cli", "workflow-engine.dll");

    public static ProcessStartInfo StartInfo(string dll, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Runs a program to its end: exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string dll, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(dll, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    private static string Find(string project, string dll)
    {
        var path = Path.Combine(RepositoryPaths.Root, "src", project, "bin", Configuration, "net10.0", dll);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build {project} first ({Configuration}).", path);
    }
}
