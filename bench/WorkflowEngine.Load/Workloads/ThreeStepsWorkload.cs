using WorkflowEngine.Core.Cases;
using WorkflowEngine.Load.Hosting;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Load.Workloads;

/// <summary>
/// "Three steps": a workflow of three automatic stages, each deciding with a rule set, then a final
/// stage. Opening a case runs it to the end in one command, so one durable transaction a case
/// (case row, three rule.decided entries and the rest of the journal).
/// </summary>
public sealed class ThreeStepsWorkload : IWorkload
{
    public string Name => "three-steps";

    public async Task<IReadOnlyList<Measurement>> RunAsync(WorkloadContext context, CancellationToken cancellationToken)
    {
        var full = await MeasureAsync(context, () => BenchEngine.StartAsync(context.DataDirectory, SqliteSynchronous.Full, cancellationToken), "FULL", cancellationToken);
        var normal = await MeasureAsync(context, () => BenchEngine.StartAsync(context.DataDirectory, SqliteSynchronous.Normal, cancellationToken), "NORMAL", cancellationToken);
        var postgreSql = await MeasureAsync(context, async () => await BenchEngine.StartPostgreSqlAsync(context.DataDirectory, await BenchPostgreSql.NewDatabaseAsync(), cancellationToken), "PostgreSQL", cancellationToken);
        return [full, normal, postgreSql with { Notes = PostgreSqlNotes.Beside(postgreSql, full) }];
    }

    private static async Task<Measurement> MeasureAsync(WorkloadContext context, Func<Task<BenchEngine>> start, string store, CancellationToken cancellationToken)
    {
        var n = context.Options.Cases;
        var warmUp = context.Options.WarmUp;
        await using var engine = await start();
        for (var i = 0; i < warmUp; i++)
        {
            await OpenAsync(engine, i, cancellationToken);
        }

        var (seconds, allocated) = await Measurement.TimeAsync(() =>
            Parallelism.ForEachAsync(n, context.Options.Workers, async (i, ct) => await OpenAsync(engine, warmUp + i, ct), cancellationToken));

        await EngineChecks.ExpectAsync(engine, "three-steps cases closed at 'done'",
            """SELECT COUNT(*) FROM "Cases" WHERE "WorkflowKey" = 'bench-three-steps' AND "Status" = 'Closed' AND "ClosureReason" = 'done'""", n + warmUp, cancellationToken);
        await EngineChecks.ExpectAsync(engine, "three-steps rule decisions journalled",
            """SELECT COUNT(*) FROM "JournalEntries" WHERE "Kind" = 'rule.decided'""", 3L * (n + warmUp), cancellationToken);

        // PostgreSQL's rows take their ratio against raw SQLite FULL too (both commit durably).
        return new Measurement("three-steps: cases opened and run to the end", store, n, seconds, n / seconds, "cases/s", store == "NORMAL" ? "NORMAL" : "FULL",
            (double)allocated / n, "1 commit a case (shared with the saves queued with it); 3 RulesEngine decisions, journal hashing; the one writer's b-tree inserts");
    }

    private static async Task OpenAsync(BenchEngine engine, int index, CancellationToken cancellationToken)
    {
        var state = EngineChecks.Succeeded(await engine.Cases.OpenCaseAsync(BenchEngine.Contact("bench-three-steps", index), cancellationToken), "three-steps open");
        if (state.Status != CaseStatus.Closed)
        {
            throw new CorrectnessException($"three-steps case {state.Id} stopped at '{state.StageKey}' instead of running to the end.");
        }
    }
}
