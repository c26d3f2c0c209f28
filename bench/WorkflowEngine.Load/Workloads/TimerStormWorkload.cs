using Microsoft.Data.Sqlite;
using WorkflowEngine.Load.Hosting;
using WorkflowEngine.Persistence;
using WorkflowEngine.Persistence.Sqlite;

namespace WorkflowEngine.Load.Workloads;

/// <summary>
/// The timer storm: N tasks fall due at the same instant (as after a long outage, or a bank
/// holiday's backlog), and each must be marked overdue and climb the first rung of its escalation
/// ladder. Two dispatchers share the database, as two nodes would. Timed from the first claim
/// until every task has escalated; checked by counting journal entries and escalation rows: each
/// task exactly once.
/// </summary>
public sealed class TimerStormWorkload : IWorkload
{
    public string Name => "timer-storm";

    public async Task<IReadOnlyList<Measurement>> RunAsync(WorkloadContext context, CancellationToken cancellationToken)
    {
        var tasks = context.Options.Full ? 100_000 : Math.Max(200, context.Options.Cases * 10);
        await using var engine = await BenchEngine.StartAsync(context.DataDirectory, SqliteSynchronous.Normal, cancellationToken);
        var template = EngineChecks.Succeeded(await engine.Cases.OpenCaseAsync(BenchEngine.Contact("bench-storm", 0, "police"), cancellationToken), "storm template");
        var task = template.Tasks.Single();
        await CaseCloner.CloneAsync(engine.DatabasePath, template.Id, task.Id, tasks - 1, cancellationToken);

        // Every task falls due (and reaches level 1) at the same instant; move just past it.
        engine.Time.SetUtcNow(task.DueAt + TimeSpan.FromSeconds(1));
        var dispatchers = new[] { engine.NewDispatcher(), engine.NewDispatcher() };
        var fired = 0;
        SqliteWriterProfile.Reset();
        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var (seconds, allocated) = await Measurement.TimeAsync(async () =>
        {
            var reports = await Task.WhenAll(dispatchers.Select(d => Task.Run(() => d.DispatchDueAsync(cancellationToken), cancellationToken)));
            fired = reports.Sum(r => r.Fired);
            if (reports.Sum(r => r.Failed) > 0)
            {
                throw new CorrectnessException($"timer-storm: {reports.Sum(r => r.Failed)} timer attempts failed.");
            }
        });

        // CPU time of the whole process (every thread: dispatchers, handlers, the writer) per task:
        // far steadier than wall time on a shared machine, and what bounds the storm on few cores.
        var cpuPerTask = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMicroseconds / tasks;
        if (SqliteWriterProfile.Enabled)
        {
            // The one writer's time and rows per task fired (WORKFLOW_ENGINE_WRITER_PROFILE=1).
            await Console.Error.WriteLineAsync($"timer-storm writer profile, {tasks:N0} tasks:{Environment.NewLine}{SqliteWriterProfile.Report(tasks, "task")}");
        }

        await CheckOnceEachAsync(engine.DatabasePath, tasks, cancellationToken);
        return
        [
            new Measurement($"timer-storm: {tasks:N0} tasks due at once, each overdue and escalated once (2 dispatchers)", "NORMAL", tasks, seconds, tasks / seconds, "tasks/s", null,
                (double)allocated / fired, $"{fired:N0} timers fired in {seconds:N1} s ({fired / seconds:N0}/s), process CPU {cpuPerTask:N0} μs a task; target: 100,000 tasks in under 30 s"),
        ];
    }

    private static async Task CheckOnceEachAsync(string databasePath, int tasks, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        foreach (var (sql, what) in new[]
        {
            ("SELECT COUNT(*), COUNT(DISTINCT CaseId) FROM JournalEntries WHERE Kind = 'task.escalated'", "escalation journal entries"),
            ("SELECT COUNT(*), COUNT(DISTINCT CaseId) FROM JournalEntries WHERE Kind = 'task.overdue'", "overdue journal entries"),
            ("SELECT COUNT(*), COUNT(DISTINCT TaskId) FROM Escalations", "escalation rows"),
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var (count, distinct) = (reader.GetInt32(0), reader.GetInt32(1));
            if (count != tasks || distinct != tasks)
            {
                throw new CorrectnessException($"timer-storm: {count:N0} {what} over {distinct:N0} tasks, expected exactly one for each of {tasks:N0}.");
            }
        }
    }
}
