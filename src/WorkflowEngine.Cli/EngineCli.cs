using System.CommandLine;

namespace WorkflowEngine.Cli;

/// <summary>
/// The operators' and partnerships' command line: one <see cref="Command"/> per file, listed in
/// <see cref="Commands"/>. Exit codes: 0 clean, 1 problems found, 2 bad usage.
/// </summary>
internal static class EngineCli
{
    public const int Clean = 0;
    public const int ProblemsFound = 1;
    public const int BadUsage = 2;

    /// <summary>Every command the CLI offers; add a new one here.</summary>
    private static IEnumerable<Command> Commands(TextWriter output, TextWriter error) =>
    [
        VerifyCommand.Create(output, error),
        ValidateCommand.Create(output, error),
        TestCommand.Create(output, error),
        ShadowCommand.Create(output, error),
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Checks and operates a safeguarding referral workflow engine: its workflows, rule sets and database.");
        foreach (var command in Commands(output, error))
        {
            root.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync(problem.Message);
            }

            await error.WriteLineAsync("Run with --help to see the commands and their arguments.");
            return BadUsage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
