using System.CommandLine;

namespace WorkflowEngine.Cli;

/// <summary>
/// <c>validate &lt;folder&gt;</c>: every workflow, rule set, reference file and examples file under a
/// partnership's folder, checked by the validators start-up uses. Each problem with its file and
/// JSON path. Exit 0 when there are none, 1 when there are, 2 when the folder is not a partnership's.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The folder holding workflows/, rules/ and reference/, e.g. the repository root." };
        var command = new Command("validate", "Checks every workflow, rule set, reference file and example as the engine does at start-up.") { folder };
        command.SetAction((parsed, cancellationToken) => RunAsync(parsed.GetValue(folder)!, output, error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo root, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (folder, badUsage) = CheckedFolder.Load(root.FullName);
        if (folder is null)
        {
            await error.WriteLineAsync(badUsage);
            return EngineCli.BadUsage;
        }

        var problems = folder.ReferenceProblems.ToList();
        if (problems.Count == 0)
        {
            problems.AddRange(await folder.Synchroniser().ValidateAsync(folder.Workflows, folder.Rules, cancellationToken));
        }

        foreach (var problem in problems)
        {
            await output.WriteLineAsync(CheckedFolder.Line(problem));
        }

        var files = Directory.GetFiles(folder.Workflows, "*.json").Length + Directory.GetFiles(folder.Rules, "*.json").Length;
        await output.WriteLineAsync(problems.Count == 0
            ? $"No problems in {files} workflow, rule set and examples files, or in reference/."
            : $"{problems.Count} {(problems.Count == 1 ? "problem" : "problems")} found.{(folder.ReferenceProblems.Count > 0 ? " Workflows and rule sets were not checked: they need the reference data first." : string.Empty)}");
        return problems.Count == 0 ? EngineCli.Clean : EngineCli.ProblemsFound;
    }
}
