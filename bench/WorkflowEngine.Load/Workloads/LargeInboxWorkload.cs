using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Load.Hosting;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Load.Workloads;

/// <summary>
/// "Large inbox": latency of <see cref="ITaskInbox"/> for one agency holding a year of work
/// (1,000,000 tasks in full mode). Rows are seeded with raw SQL into the schema the engine's
/// migrations created: 85% completed, 8% open, 4% claimed by one of 50 people, 3% escalated; a
/// third owned by the MACE chair role; due times spread over the year before the clock's now.
/// Queries rotate over the inbox's shapes: first page, overdue only, by role, by person, page 5.
/// </summary>
public sealed class LargeInboxWorkload : IWorkload
{
    private const string Agency = "police";
    private const int TasksPerCase = 10;

    private static readonly (string Name, Func<InboxQuery> Query)[] Shapes =
    [
        ("first page", () => new InboxQuery(Agency)),
        ("overdue only", () => new InboxQuery(Agency, OverdueOnly: true)),
        ("by role", () => new InboxQuery(Agency, Role: "mace-chair")),
        ("by person", () => new InboxQuery(Agency, AssignedTo: "officer-7")),
        ("page 5", () => new InboxQuery(Agency, Skip: 200, Take: 50)),
    ];

    public string Name => "large-inbox";

    public async Task<IReadOnlyList<Measurement>> RunAsync(WorkloadContext context, CancellationToken cancellationToken)
    {
        var tasks = context.Options.InboxTasks;
        var queries = context.Options.Full ? 2_000 : 500;
        await using var engine = await BenchEngine.StartAsync(context.DataDirectory, SqliteSynchronous.Normal, cancellationToken);
        var seeding = Stopwatch.StartNew();
        await SeedAsync(engine.DatabasePath, tasks, engine.Time.GetUtcNow(), cancellationToken);
        seeding.Stop();
        await EngineChecks.ExpectAsync(engine.DatabasePath, "inbox tasks seeded", $"SELECT COUNT(*) FROM Tasks WHERE Agency = '{Agency}'", tasks, cancellationToken);

        var inbox = engine.Inbox;
        await CheckAsync(inbox, engine.Time.GetUtcNow(), cancellationToken);
        for (var i = 0; i < 5 * Shapes.Length; i++)
        {
            await inbox.QueryAsync(Shapes[i % Shapes.Length].Query(), cancellationToken);
        }

        var latencies = new double[queries];
        var byShape = Shapes.Select(_ => new List<double>()).ToArray();
        var (seconds, allocated) = await Measurement.TimeAsync(async () =>
        {
            for (var i = 0; i < queries; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await inbox.QueryAsync(Shapes[i % Shapes.Length].Query(), cancellationToken);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                byShape[i % Shapes.Length].Add(latencies[i]);
            }
        });

        Array.Sort(latencies);
        var p50 = Percentile(latencies, 0.50);
        var p95 = Percentile(latencies, 0.95);
        var p99 = Percentile(latencies, 0.99);
        var shapes = string.Join(", ", Shapes.Select((s, i) =>
        {
            var sorted = byShape[i].Order().ToArray();
            return string.Create(CultureInfo.InvariantCulture, $"{s.Name} p95 {Percentile(sorted, 0.95):N1}");
        }));
        return
        [
            new Measurement($"large-inbox: {tasks:N0} tasks, one agency (p95)", "NORMAL", queries, seconds, p95, "ms", null, (double)allocated / queries,
                string.Create(CultureInfo.InvariantCulture, $"p50 {p50:N2} ms, p99 {p99:N2} ms; {shapes}; seeded in {seeding.Elapsed.TotalSeconds:N0} s")),
        ];
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static async Task CheckAsync(ITaskInbox inbox, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var first = await inbox.QueryAsync(new InboxQuery(Agency), cancellationToken);
        var overdue = await inbox.QueryAsync(new InboxQuery(Agency, OverdueOnly: true), cancellationToken);
        var ordered = first.Items.Zip(first.Items.Skip(1)).All(p => p.First.DueAt <= p.Second.DueAt);
        if (first.Items.Count != InboxQuery.DefaultTake || !first.HasMore || !ordered
            || first.Items.Any(i => i.Agency != Agency || !InboxQuery.ActiveStatuses.Contains(i.Status))
            || overdue.Items.Count == 0 || overdue.Items.Any(i => !i.IsOverdue || i.DueAt >= now))
        {
            throw new CorrectnessException("large-inbox: the inbox returned the wrong tasks or order.");
        }
    }

    private static async Task SeedAsync(string databasePath, int count, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insertCase = connection.CreateCommand();
        insertCase.CommandText = """
            INSERT INTO Cases (Id, ChildId, ParentCaseId, WorkflowKey, WorkflowVersion, StageKey, StageEnteredAt, StageVisit, Status,
                ClosureReason, OpenedAt, ClosedAt, ChildJson, ContactJson, FactsJson, Version, JournalSequence, JournalHead)
            VALUES ($id, $child, NULL, 'bench-human-task', 1, 'work', $at, 1, 'Open', NULL, $at, NULL,
                '{"name":"Seeded child"}', '{"referrer":"Seed","referrerAgency":"police","concern":"Seeded.","urgent":false}', '{}', 1, 0, '')
            """;
        var caseId = insertCase.Parameters.Add("$id", SqliteType.Text);
        var childId = insertCase.Parameters.Add("$child", SqliteType.Text);
        var caseAt = insertCase.Parameters.Add("$at", SqliteType.Integer);

        await using var insertTask = connection.CreateCommand();
        insertTask.CommandText = """
            INSERT INTO Tasks (Id, CaseId, StageKey, StageVisit, TaskKey, Title, Agency, Role, AssignedTo, Status, CreatedAt, DueAt,
                ClosedAt, ClosedBy, Outcome, DataJson, Reason, Version)
            VALUES ($id, $case, 'work', 1, $key, 'Do the work', 'police', $role, $person, $status, $created, $due, $closed, $closedBy, $outcome, NULL, NULL, $version)
            """;
        var p = new Dictionary<string, SqliteParameter>();
        foreach (var name in new[] { "$id", "$case", "$key", "$role", "$person", "$status", "$created", "$due", "$closed", "$closedBy", "$outcome", "$version" })
        {
            p[name] = insertTask.Parameters.Add(name, SqliteType.Text);
        }

        var random = new Random(20260302);
        const int batch = 50_000;
        for (var start = 0; start < count; start += batch)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            insertCase.Transaction = transaction;
            insertTask.Transaction = transaction;
            var current = string.Empty;
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var created = now.AddMinutes(-random.Next(0, 365 * 24 * 60));
                if (i % TasksPerCase == 0)
                {
                    current = Guid.NewGuid().ToString().ToUpperInvariant();
                    caseId.Value = current;
                    childId.Value = Guid.NewGuid().ToString().ToUpperInvariant();
                    caseAt.Value = created.UtcTicks;
                    await insertCase.ExecuteNonQueryAsync(cancellationToken);
                }

                var roll = random.Next(100);
                var status = roll < 85 ? CaseTaskStatus.Completed : roll < 93 ? CaseTaskStatus.Open : roll < 97 ? CaseTaskStatus.Claimed : CaseTaskStatus.Escalated;
                var due = created.AddDays(random.Next(1, 15)).AddMinutes(random.Next(0, 600));
                p["$id"].Value = Guid.NewGuid().ToString().ToUpperInvariant();
                p["$case"].Value = current;
                p["$key"].Value = "task-" + (i % 7).ToString(CultureInfo.InvariantCulture);
                p["$role"].Value = i % 3 == 0 ? "mace-chair" : DBNull.Value;
                p["$person"].Value = status is CaseTaskStatus.Claimed or CaseTaskStatus.Completed ? "officer-" + random.Next(50).ToString(CultureInfo.InvariantCulture) : DBNull.Value;
                p["$status"].Value = status.ToString();
                p["$created"].Value = created.UtcTicks;
                p["$due"].Value = due.UtcTicks;
                p["$closed"].Value = status == CaseTaskStatus.Completed ? created.AddDays(random.Next(0, 10)).UtcTicks : DBNull.Value;
                p["$closedBy"].Value = status == CaseTaskStatus.Completed ? p["$person"].Value : DBNull.Value;
                p["$outcome"].Value = status == CaseTaskStatus.Completed ? "done" : DBNull.Value;
                p["$version"].Value = status == CaseTaskStatus.Open ? 1 : 2;
                await insertTask.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }
}
