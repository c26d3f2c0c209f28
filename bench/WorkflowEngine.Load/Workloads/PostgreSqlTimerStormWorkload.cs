using System.Diagnostics;
using System.Globalization;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Load.Hosting;

namespace WorkflowEngine.Load.Workloads;

/// <summary>
/// The timer storm on PostgreSQL, with one node and then with three: N tasks fall due at once and
/// each is marked overdue and escalated once. Each node is an engine of its own (connection pool,
/// caches, dispatcher) on the one database, as a process would be. On a machine with few cores the
/// three nodes share the same cores, so beside the wall-clock rate each row gives the CPU time a
/// fire costs (this process plus the PostgreSQL server's processes), which is what the
/// projection to several machines in docs/performance.md is made from.
/// </summary>
public sealed class PostgreSqlTimerStormWorkload : IWorkload
{
    public string Name => "timer-storm-postgresql";

    public async Task<IReadOnlyList<Measurement>> RunAsync(WorkloadContext context, CancellationToken cancellationToken)
    {
        // Four tasks a case of --n (two timers each), so a run sized for a busy machine stays short.
        var tasks = Math.Max(200, context.Options.Cases * 4);
        var one = await MeasureAsync(context, tasks, nodes: 1, cancellationToken);
        var three = await MeasureAsync(context, tasks, nodes: 3, cancellationToken);
        var ratio = string.Create(CultureInfo.InvariantCulture, $"; three nodes fire at {three.Value / one.Value:N2}x one node's rate on {Environment.ProcessorCount} shared cores");
        return [one, three with { Notes = three.Notes + ratio }];
    }

    private static async Task<Measurement> MeasureAsync(WorkloadContext context, int tasks, int nodes, CancellationToken cancellationToken)
    {
        await using var first = await BenchEngine.StartPostgreSqlAsync(context.DataDirectory, await BenchPostgreSql.NewDatabaseAsync(), cancellationToken);
        var template = EngineChecks.Succeeded(await first.Cases.OpenCaseAsync(BenchEngine.Contact("bench-storm", 0, "police"), cancellationToken), "storm template");
        var task = template.Tasks.Single();
        await PostgreSqlCaseCloner.CloneAsync(first.PostgreSqlConnectionString!, template.Id, task.Id, tasks - 1, cancellationToken);

        var others = Enumerable.Range(1, nodes - 1).Select(_ => BenchEngine.AnotherNode(first)).ToList();
        try
        {
            BenchEngine[] all = [first, .. others];
            foreach (var node in all)
            {
                // Every task falls due (and reaches level 1) at the same instant; move just past it.
                node.Time.SetUtcNow(task.DueAt + TimeSpan.FromSeconds(1));
            }

            var dispatchers = all.Select(n => n.NewDispatcher()).ToList();
            var appCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var serverCpu = BenchPostgreSql.ServerCpuTime();
            TimerDispatchReport[] reports = [];
            var (seconds, allocated) = await Measurement.TimeAsync(async () =>
                reports = await Task.WhenAll(dispatchers.Select(d => Task.Run(() => d.DispatchDueAsync(cancellationToken), cancellationToken))));
            appCpu = Process.GetCurrentProcess().TotalProcessorTime - appCpu;
            serverCpu = BenchPostgreSql.ServerCpuTime() - serverCpu;
            var fired = reports.Sum(r => r.Fired);
            if (reports.Sum(r => r.Failed) > 0)
            {
                throw new CorrectnessException($"timer-storm-postgresql: {reports.Sum(r => r.Failed)} timer attempts failed.");
            }

            await EngineChecks.ExpectAsync(first, "escalation journal entries, one a task", """SELECT COUNT(*) FROM "JournalEntries" WHERE "Kind" = 'task.escalated'""", tasks, cancellationToken);
            await EngineChecks.ExpectAsync(first, "tasks escalated", """SELECT COUNT(DISTINCT "CaseId") FROM "JournalEntries" WHERE "Kind" = 'task.escalated'""", tasks, cancellationToken);
            await EngineChecks.ExpectAsync(first, "overdue journal entries, one a task", """SELECT COUNT(*) FROM "JournalEntries" WHERE "Kind" = 'task.overdue'""", tasks, cancellationToken);
            await EngineChecks.ExpectAsync(first, "escalation rows, one a task", """SELECT COUNT(*) FROM "Escalations" """, tasks, cancellationToken);
            await EngineChecks.ExpectAsync(first, "tasks with an escalation row", """SELECT COUNT(DISTINCT "TaskId") FROM "Escalations" """, tasks, cancellationToken);

            var share = string.Join(" + ", reports.Select(r => r.Fired.ToString("N0", CultureInfo.InvariantCulture)));
            var cpu = serverCpu is { } server
                ? string.Create(CultureInfo.InvariantCulture, $"CPU per fire {(appCpu + server).TotalMilliseconds / fired:N2} ms (engine {appCpu.TotalMilliseconds / fired:N2} + PostgreSQL {server.TotalMilliseconds / fired:N2})")
                : string.Create(CultureInfo.InvariantCulture, $"CPU per fire {appCpu.TotalMilliseconds / fired:N2} ms in the engine (the server's is not measured: it is not the run's own)");
            return new Measurement(
                string.Create(CultureInfo.InvariantCulture, $"timer-storm on PostgreSQL: {tasks:N0} tasks due at once, each overdue and escalated once ({nodes} node{(nodes == 1 ? "" : "s")})"),
                "PostgreSQL", tasks, seconds, tasks / seconds, "tasks/s", null, (double)allocated / fired,
                string.Create(CultureInfo.InvariantCulture, $"{fired:N0} timers fired in {seconds:N1} s ({fired / seconds:N0}/s), by node {share}; {cpu}"));
        }
        finally
        {
            foreach (var node in others)
            {
                await node.DisposeAsync();
            }
        }
    }
}
