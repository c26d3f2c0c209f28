using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Persistence;
using WorkflowEngine.Persistence.Journal;

namespace WorkflowEngine.Cli;

/// <summary>
/// <c>verify &lt;database&gt;</c>: re-hashes every case's journal and reports each case whose chain is
/// broken with its first broken entry. Exit 0 when every journal is intact, 1 when one is not, 2
/// when the file is missing or not an engine database.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = new Argument<FileInfo>("database") { Description = "The engine's SQLite file, e.g. data/workflow.db." };
        var command = new Command("verify", "Checks every case's journal chain and reports the first broken entry of each case.") { database };
        command.SetAction((parsed, cancellationToken) => RunAsync(parsed.GetValue(database)!, output, error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo database, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!database.Exists)
        {
            await error.WriteLineAsync($"There is no database at {database.FullName}.");
            return EngineCli.BadUsage;
        }

        // Mode=ReadWrite opens the file as it is and never creates one; nothing is written.
        var services = new ServiceCollection()
            .AddWorkflowPersistence(o => o.ConnectionString = $"Data Source={database.FullName};Mode=ReadWrite")
            .BuildServiceProvider();
        await using (services)
        {
            JournalAuditReport report;
            try
            {
                report = await services.GetRequiredService<JournalAudit>().RunAsync(cancellationToken);
            }
            catch (SqliteException problem)
            {
                await error.WriteLineAsync($"{database.FullName} is not a workflow engine database that can be read: {problem.Message}");
                return EngineCli.BadUsage;
            }

            foreach (var broken in report.Broken)
            {
                var what = broken.EntryKind is null ? string.Empty : $" ({broken.EntryKind}, {broken.EntryOccurredAt:yyyy-MM-dd HH:mm:ss}Z)";
                await output.WriteLineAsync($"Case {broken.CaseId}: entry {broken.FirstBadSequence}{what}: {broken.Problem}");
            }

            await output.WriteLineAsync(report.IsClean
                ? $"Every journal is intact: {report.CasesChecked} cases, {report.EntriesChecked} entries."
                : $"{report.Broken.Count} of {report.CasesChecked} cases have a broken journal ({report.EntriesChecked} entries checked).");
            return report.IsClean ? EngineCli.Clean : EngineCli.ProblemsFound;
        }
    }
}
