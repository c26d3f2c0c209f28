using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Load.Hosting;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Load.Workloads;

/// <summary>
/// "Human task": open a case (it waits on one police task), then complete the task, which ends the
/// case. The opens are timed apart from the completions, so completions a second is the figure for
/// a durable task completion (load the case and its tasks, validate the form, fire the task and
/// stage machines, save in one transaction).
/// </summary>
public sealed class HumanTaskWorkload : IWorkload
{
    public string Name => "human-task";

    public async Task<IReadOnlyList<Measurement>> RunAsync(WorkloadContext context, CancellationToken cancellationToken)
    {
        var full = await MeasureAsync(context, () => BenchEngine.StartAsync(context.DataDirectory, SqliteSynchronous.Full, cancellationToken), "FULL", cancellationToken);
        var normal = await MeasureAsync(context, () => BenchEngine.StartAsync(context.DataDirectory, SqliteSynchronous.Normal, cancellationToken), "NORMAL", cancellationToken);
        var postgreSql = await MeasureAsync(context, async () => await BenchEngine.StartPostgreSqlAsync(context.DataDirectory, await BenchPostgreSql.NewDatabaseAsync(), cancellationToken), "PostgreSQL", cancellationToken);
        return [.. full, .. normal, .. postgreSql.Select((row, i) => row with { Notes = PostgreSqlNotes.Beside(row, full[i]) })];
    }

    private static async Task<IReadOnlyList<Measurement>> MeasureAsync(WorkloadContext context, Func<Task<BenchEngine>> start, string s, CancellationToken cancellationToken)
    {
        var n = context.Options.Cases;
        var warmUp = context.Options.WarmUp;
        var workers = context.Options.Workers;
        await using var engine = await start();
        var warm = new CaseState[warmUp];
        for (var i = 0; i < warmUp; i++)
        {
            warm[i] = await OpenAsync(engine, i, cancellationToken);
        }

        foreach (var state in warm)
        {
            await CompleteAsync(engine, state, cancellationToken);
        }

        var opened = new ConcurrentBag<CaseState>();
        var (openSeconds, openAllocated) = await Measurement.TimeAsync(() =>
            Parallelism.ForEachAsync(n, workers, async (i, ct) => opened.Add(await OpenAsync(engine, warmUp + i, ct)), cancellationToken));
        var cases = opened.ToArray();
        var (completeSeconds, completeAllocated) = await Measurement.TimeAsync(() =>
            Parallelism.ForEachAsync(n, workers, async (i, ct) => await CompleteAsync(engine, cases[i], ct), cancellationToken));

        await EngineChecks.ExpectAsync(engine, "human-task cases closed at 'done'",
            """SELECT COUNT(*) FROM "Cases" WHERE "WorkflowKey" = 'bench-human-task' AND "Status" = 'Closed' AND "ClosureReason" = 'done'""", n + warmUp, cancellationToken);
        await EngineChecks.ExpectAsync(engine, "human-task tasks completed",
            """SELECT COUNT(*) FROM "Tasks" WHERE "TaskKey" = 'do-work' AND "Status" = 'Completed'""", n + warmUp, cancellationToken);

        // PostgreSQL's rows take their ratio against raw SQLite FULL too (both commit durably).
        var baseline = s == "NORMAL" ? "NORMAL" : "FULL";
        return
        [
            new("human-task: task completions (durable)", s, n, completeSeconds, n / completeSeconds, "completions/s", baseline, (double)completeAllocated / n,
                "1 snapshot read + 1 commit (shared) a completion; form validation, 2 Stateless machines, journal; the one writer's b-tree updates"),
            new("human-task: open + complete, end to end", s, n, openSeconds + completeSeconds, n / (openSeconds + completeSeconds), "cases/s", baseline,
                (double)(openAllocated + completeAllocated) / n, "2 commits a case; open alone " + (n / openSeconds).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " cases/s"),
        ];
    }

    private static async Task<CaseState> OpenAsync(BenchEngine engine, int index, CancellationToken cancellationToken)
    {
        var state = EngineChecks.Succeeded(await engine.Cases.OpenCaseAsync(BenchEngine.Contact("bench-human-task", index), cancellationToken), "human-task open");
        return state.StageKey == "work" && state.Tasks.Count == 1
            ? state
            : throw new CorrectnessException($"human-task case {state.Id} is at '{state.StageKey}' with {state.Tasks.Count} tasks; expected one task at 'work'.");
    }

    private static async Task CompleteAsync(BenchEngine engine, CaseState state, CancellationToken cancellationToken)
    {
        var task = state.Tasks[0];
        var done = EngineChecks.Succeeded(await engine.Cases.CompleteTaskAsync(
            new CompleteTaskCommand(state.Id, task.Id, "done", new JsonObject { ["actionTaken"] = "Visited the family." }, "pc.jones", task.Version), cancellationToken),
            "human-task complete");
        if (done.Status != CaseStatus.Closed)
        {
            throw new CorrectnessException($"human-task case {state.Id} did not end after its task was completed.");
        }
    }
}
