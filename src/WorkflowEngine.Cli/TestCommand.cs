using System.CommandLine;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Rules.Examples;

namespace WorkflowEngine.Cli;

/// <summary>
/// <c>test &lt;folder&gt;</c>: runs every rule set's examples (<c>rules/{key}.examples.json</c>) as
/// publishing does and reports each that fails. Exit 0 when all pass, 1 when one fails or a file
/// cannot be read, 2 when the folder is not a partnership's.
/// </summary>
internal static class TestCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The folder holding workflows/, rules/ and reference/, e.g. the repository root." };
        var command = new Command("test", "Runs every rule set's examples and reports each one that fails.") { folder };
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

        if (folder.ReferenceProblems.Count > 0)
        {
            foreach (var problem in folder.ReferenceProblems)
            {
                await output.WriteLineAsync(CheckedFolder.Line(problem));
            }

            await output.WriteLineAsync("The examples were not run: the reference data has problems (run validate).");
            return EngineCli.ProblemsFound;
        }

        var runner = new RuleExampleRunner(new RuleSetValidator(folder.Reference!), folder.Reference!);
        int examples = 0, failed = 0, problems = 0, ruleSets = 0;
        foreach (var path in Directory.GetFiles(folder.Rules, "*.json").Where(p => !RuleExampleSet.IsExamplesFile(p)).Order(StringComparer.Ordinal))
        {
            var key = Path.GetFileNameWithoutExtension(path);
            var examplesFile = $"rules/{RuleExampleSet.FileName(key)}";
            if (!File.Exists(Path.Combine(folder.Rules, RuleExampleSet.FileName(key))))
            {
                await output.WriteLineAsync($"rules/{key}.json has no examples ({examplesFile}); nothing checks it before it is published.");
                continue;
            }

            ruleSets++;
            var (compiled, errors) = runner.Compile(await File.ReadAllTextAsync(path, cancellationToken));
            var read = runner.Read(await File.ReadAllTextAsync(Path.Combine(folder.Rules, RuleExampleSet.FileName(key)), cancellationToken), key);
            foreach (var problem in errors.Select(e => e with { Path = $"rules/{key}.json#{e.Path}" }).Concat(read.Errors.Select(e => e with { Path = $"{examplesFile}#{e.Path}" })))
            {
                problems++;
                await output.WriteLineAsync(CheckedFolder.Line(problem));
            }

            if (compiled is null || read.Set is null)
            {
                continue;
            }

            foreach (var result in await RuleExampleRunner.RunAsync(compiled, read.Set, cancellationToken))
            {
                examples++;
                if (!result.Passed)
                {
                    failed++;
                    await output.WriteLineAsync($"{examplesFile} at {result.Path}: {result.Failure}");
                }
            }
        }

        await output.WriteLineAsync(failed == 0 && problems == 0
            ? $"All {examples} examples of {ruleSets} rule sets pass."
            : $"{failed} of {examples} examples failed{(problems > 0 ? $" and {problems} {(problems == 1 ? "problem stops" : "problems stop")} examples from running" : string.Empty)}.");
        return failed == 0 && problems == 0 ? EngineCli.Clean : EngineCli.ProblemsFound;
    }
}
