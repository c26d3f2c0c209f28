namespace WorkflowEngine.Cli.Tests;

/// <summary>Runs the command line in process and keeps what it wrote.</summary>
internal static class CliRun
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EngineCli.RunAsync(args, output, error);
        return (exit, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
