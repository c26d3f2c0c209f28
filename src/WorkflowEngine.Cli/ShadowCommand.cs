using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Rules.Examples;
using WorkflowEngine.Core.Rules.Shadow;
using WorkflowEngine.Persistence.Rules;

namespace WorkflowEngine.Cli;

/// <summary>
/// <c>shadow &lt;database&gt; &lt;rule-set file&gt; [--from] [--to] [--csv]</c>: runs a rule-set file on
/// the inputs of every decision its rule set made in a database, on a copy of the database opened
/// read-only, and prints "was X, would be Y" with counts. Case references only, never names: the
/// command runs outside the app's need-to-know. Exit 0 when nothing would change, 1 when some
/// decisions would change (or could not run), 2 on bad usage.
/// </summary>
internal static class ShadowCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = new Argument<FileInfo>("database") { Description = "The engine's SQLite file, e.g. data/workflow.db. It is copied and the copy read; the file is never written." };
        var ruleSet = new Argument<FileInfo>("rule-set") { Description = "The rule-set file to try, e.g. rules/exploitation-screening.json." };
        var from = new Option<string?>("--from") { Description = "The first day of the period, yyyy-mm-dd (default: 90 days before --to)." };
        var to = new Option<string?>("--to") { Description = "The last day of the period, yyyy-mm-dd (default: today)." };
        var csv = new Option<FileInfo?>("--csv") { Description = "Also write each changed decision to this CSV file." };
        var reference = new Option<DirectoryInfo?>("--reference") { Description = "The reference/ folder (default: the one beside the rule set's folder)." };
        var command = new Command("shadow", "Runs a rule-set file on the past decisions in a database and shows which would change.") { database, ruleSet, from, to, csv, reference };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            parsed.GetValue(database)!, parsed.GetValue(ruleSet)!, parsed.GetValue(from), parsed.GetValue(to), parsed.GetValue(csv), parsed.GetValue(reference), output, error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo database, FileInfo ruleSetFile, string? fromText, string? toText, FileInfo? csv, DirectoryInfo? referenceFolder,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var referencePath = referenceFolder?.FullName ?? Path.Combine(ruleSetFile.Directory?.Parent?.FullName ?? ".", "reference");
        var to = ParseDay(toText, "--to", DateOnly.FromDateTime(DateTime.UtcNow), out var toProblem);
        var from = ParseDay(fromText, "--from", to.AddDays(-90), out var fromProblem);
        var usage = new[]
        {
            database.Exists ? null : $"There is no database at {database.FullName}.",
            ruleSetFile.Exists ? null : $"There is no rule-set file at {ruleSetFile.FullName}.",
            Directory.Exists(referencePath) ? null : $"There is no reference folder at {referencePath}; name it with --reference.",
            fromProblem, toProblem,
            from > to ? "--from must be on or before --to." : null,
        }.OfType<string>().ToList();
        if (usage.Count > 0)
        {
            await error.WriteLineAsync(string.Join(Environment.NewLine, usage));
            return EngineCli.BadUsage;
        }

        var reference = ReferenceDataLoader.Load(referencePath);
        if (reference.Data is null)
        {
            await error.WriteLineAsync("The reference data has problems (run validate): " + string.Join(" ", reference.Errors.Select(e => e.Message)));
            return EngineCli.BadUsage;
        }

        var (compiled, problems) = new RuleExampleRunner(new RuleSetValidator(reference.Data), reference.Data).Compile(await File.ReadAllTextAsync(ruleSetFile.FullName, cancellationToken));
        if (compiled is null)
        {
            foreach (var problem in problems)
            {
                await output.WriteLineAsync($"{ruleSetFile.Name} at {problem.Path}: {problem.Message}");
            }

            return EngineCli.ProblemsFound;
        }

        var copyFolder = Directory.CreateTempSubdirectory("shadow-");
        try
        {
            var copy = Path.Combine(copyFolder.FullName, "copy.db");
            Copy(database.FullName, copy);
            ShadowReport report;
            try
            {
                var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                report = await new ShadowRunner(RuleDecisionHistory.ReadOnly(copy)).RunAsync(compiled, start, end, cancellationToken);
            }
            catch (SqliteException problem)
            {
                await error.WriteLineAsync($"{database.FullName} is not a workflow engine database that can be read: {problem.Message}");
                return EngineCli.BadUsage;
            }

            await WriteAsync(report, from, to, output);
            if (csv is not null)
            {
                await File.WriteAllTextAsync(csv.FullName, Csv(report), cancellationToken);
                await output.WriteLineAsync($"Changed decisions written to {csv.FullName}.");
            }

            return report.Changed == 0 && report.FaultCount == 0 ? EngineCli.Clean : EngineCli.ProblemsFound;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            copyFolder.Delete(recursive: true);
        }
    }

    // SQLite's backup copies a consistent snapshot, write-ahead log included, without writing to the source.
    private static void Copy(string database, string copy)
    {
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        source.Open();
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString());
        source.BackupDatabase(target);
    }

    private static async Task WriteAsync(ShadowReport report, DateOnly from, DateOnly to, TextWriter output)
    {
        await output.WriteLineAsync($"{report.RuleSet}: {report.Decisions} decisions from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}; {report.Changed} would change.");
        foreach (var cell in report.Cells)
        {
            await output.WriteLineAsync(cell.Changed
                ? $"  was {cell.Was}, would be {cell.WouldBe}: {cell.Count} ({string.Join(", ", cell.Cases.Take(10).Select(c => c.Reference))}{(cell.Cases.Count > 10 ? ", ..." : string.Empty)})"
                : $"  {cell.Was}, unchanged: {cell.Count}");
        }

        foreach (var fault in report.Faults)
        {
            await output.WriteLineAsync($"  could not run: {fault}");
        }
    }

    private static string Csv(ShadowReport report)
    {
        var csv = new StringBuilder("case reference,decided at,version,was,would be\n");
        foreach (var cell in report.Cells.Where(c => c.Changed))
        {
            foreach (var shadow in cell.Cases)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{shadow.Reference},{shadow.DecidedAt:yyyy-MM-dd HH:mm},{shadow.Version},\"{cell.Was}\",\"{cell.WouldBe}\"\n");
            }
        }

        return csv.ToString();
    }

    private static DateOnly ParseDay(string? text, string option, DateOnly fallback, out string? problem)
    {
        problem = null;
        if (text is null)
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        problem = $"{option} must be a date like 2026-03-31, not '{text}'.";
        return fallback;
    }
}
