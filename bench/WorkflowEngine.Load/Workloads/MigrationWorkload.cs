using System.Globalization;
using Microsoft.Data.Sqlite;
using WorkflowEngine.Core.Migration;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Load.Hosting;
using WorkflowEngine.Persistence;
using WorkflowEngine.Tests.Shared;

namespace WorkflowEngine.Load.Workloads;

/// <summary>
/// "Migrate": a lead moves every running cce-referral case at the front door (10,000 in full mode,
/// ten times --n in short: 2,000) to a second version that adds a police records check there. One case is opened
/// by the engine and cloned; then, timed one after another on the same cases: a task claim on each
/// (the baseline, one load and one save of a case update through the same store), the dry run,
/// and the migration in batches of 100, each case in its own transaction. Checked: every case on
/// version 2 with its task kept and the new task created, one <c>case.migrated</c> entry each, the
/// engine-opened case's journal verifies, and a second run moves nothing.
/// </summary>
public sealed class MigrationWorkload : IWorkload
{
    public string Name => "migrate";

    public async Task<IReadOnlyList<Measurement>> RunAsync(WorkloadContext context, CancellationToken cancellationToken)
    {
        var n = context.Options.Full ? 10_000 : context.Options.Cases * 10;
        await using var engine = await BenchEngine.StartAsync(context.DataDirectory, SqliteSynchronous.Normal, cancellationToken);
        var template = EngineChecks.Succeeded(await engine.Cases.OpenCaseAsync(BenchEngine.Contact("cce-referral", 0), cancellationToken), "migrate open");
        if (template.StageKey != CceReferralRevision.FrontDoor)
        {
            throw new CorrectnessException($"migrate: the template case is at '{template.StageKey}', not at the front door.");
        }

        await CaseCloner.CloneAsync(engine.DatabasePath, template.Id, template.Tasks.Single().Id, n - 1, cancellationToken);
        var tasks = await OpenTasksAsync(engine.DatabasePath, cancellationToken);
        var (claimSeconds, claimAllocated) = await Measurement.TimeAsync(async () =>
        {
            foreach (var (caseId, taskId) in tasks)
            {
                EngineChecks.Succeeded(await engine.Cases.ClaimTaskAsync(caseId, taskId, "worker@childrens-social-care", cancellationToken), "migrate baseline claim");
            }
        });

        var documents = engine.Get<IDocumentStore>();
        var v1 = (await documents.GetLatestPublishedAsync(DocumentKind.Workflow, "cce-referral", cancellationToken))!;
        var published = await engine.Get<DefinitionPublisher>().PublishAsync(DocumentKind.Workflow, CceReferralRevision.Revise(v1.Content), "bench", examples: null, cancellationToken);
        if (!published.Succeeded)
        {
            throw new CorrectnessException("migrate: version 2 was refused: " + string.Join(" ", published.Errors));
        }

        var migrations = engine.Get<CaseMigrationService>();
        var request = new CaseMigrationRequest("cce-referral", v1.Version, published.Document!.Version, new Dictionary<string, string>(), [], "bench", "Police records are checked at the front door.");
        CaseMigrationPreview? preview = null;
        var (dryRunSeconds, dryRunAllocated) = await Measurement.TimeAsync(async () => preview = (await migrations.DryRunAsync(request, cancellationToken)).Value);
        CaseMigrationOutcome? outcome = null;
        var (migrateSeconds, migrateAllocated) = await Measurement.TimeAsync(async () => outcome = (await migrations.MigrateAsync(request, 100, cancellationToken)).Value);
        var again = (await migrations.MigrateAsync(request, 100, cancellationToken)).Value!;

        if (preview!.Movable != n || outcome!.Moved != n || again.Moved != 0 || again.NotMoved.Count != 0)
        {
            throw new CorrectnessException($"migrate: {preview.Movable} movable, {outcome?.Moved} moved, {again.Moved} moved again, of {n}.");
        }

        await EngineChecks.ExpectAsync(engine.DatabasePath, "migrate cases on version 2",
            $"SELECT COUNT(*) FROM Cases WHERE WorkflowKey = 'cce-referral' AND WorkflowVersion = {published.Document.Version}", n, cancellationToken);
        await EngineChecks.ExpectAsync(engine.DatabasePath, "migrate kept tasks still claimed",
            "SELECT COUNT(*) FROM Tasks WHERE TaskKey = 'decide-referral' AND Status = 'Claimed'", n, cancellationToken);
        await EngineChecks.ExpectAsync(engine.DatabasePath, "migrate records checks created",
            $"SELECT COUNT(*) FROM Tasks WHERE TaskKey = '{CceReferralRevision.RecordsCheck}'", n, cancellationToken);
        await EngineChecks.ExpectAsync(engine.DatabasePath, "migrate journal entries",
            "SELECT COUNT(*) FROM JournalEntries WHERE Kind = 'case.migrated'", n, cancellationToken);
        if ((await engine.Cases.VerifyJournalAsync(template.Id, cancellationToken)) is not { IsIntact: true })
        {
            throw new CorrectnessException("migrate: the engine-opened case's journal does not verify after the move.");
        }

        var perClaim = claimSeconds / n;
        return
        [
            new($"migrate baseline: {n:N0} task claims, one case update each", "NORMAL", n, claimSeconds, n / claimSeconds, "cases/s", "NORMAL", (double)claimAllocated / n,
                "load + save of a case through the same store, one at a time"),
            new($"migrate: dry run of {n:N0} cases", "NORMAL", n, dryRunSeconds, n / dryRunSeconds, "cases/s", "NORMAL", (double)dryRunAllocated / n,
                string.Create(CultureInfo.InvariantCulture, $"{dryRunSeconds:N2} s; load + plan, nothing written; {dryRunSeconds / n / perClaim:N2} x a claim")),
            new($"migrate: {n:N0} cases to version 2, batches of 100", "NORMAL", n, migrateSeconds, n / migrateSeconds, "cases/s", "NORMAL", (double)migrateAllocated / n,
                string.Create(CultureInfo.InvariantCulture, $"{migrateSeconds:N2} s; one transaction a case (task created, timers re-planned, journalled); {migrateSeconds / n / perClaim:N2} x a claim")),
        ];
    }

    private static async Task<List<(Guid Case, Guid Task)>> OpenTasksAsync(string databasePath, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT CaseId, Id FROM Tasks WHERE TaskKey = 'decide-referral' AND Status = 'Open'";
        var tasks = new List<(Guid, Guid)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tasks.Add((Guid.Parse(reader.GetString(0)), Guid.Parse(reader.GetString(1))));
        }

        return tasks;
    }
}
