using System.Diagnostics;
using System.Globalization;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Load.Hosting;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Load.Workloads;

/// <summary>
/// "Large inbox": latency of <see cref="ITaskInbox"/> for one agency holding a year of work
/// (1,000,000 tasks in full mode, seeded by <see cref="InboxSeeder"/>). Queries rotate over the
/// inbox's shapes: first page, overdue only, by role, by person, page 5.
/// </summary>
public sealed class LargeInboxWorkload : IWorkload
{
    private const string Agency = "police";

    private static readonly (string Name, Func<InboxQuery> Query)[] Shapes =
    [
        ("first page", () => new InboxQuery(Agency)),
        ("overdue only", () => new InboxQuery(Agency, OverdueOnly: true)),
        ("by role", () => new InboxQuery(Agency, Role: "mace-chair")),
        ("by person", () => new InboxQuery(Agency, AssignedTo: "officer-7")),
        ("page 5", () => new InboxQuery(Agency, Skip: 200, Take: 50)),
        ("by task", () => new InboxQuery(Agency, TaskKeys: ["task-3"])),
        ("unassigned", () => new InboxQuery(Agency, UnassignedOnly: true)),
        ("high priority only", () => new InboxQuery(Agency, Priority: TaskPriority.High)),
        ("high priority first", () => new InboxQuery(Agency, Order: InboxOrder.Priority)),
    ];

    public string Name => "large-inbox";

    public async Task<IReadOnlyList<Measurement>> RunAsync(WorkloadContext context, CancellationToken cancellationToken)
    {
        var tasks = context.Options.InboxTasks;
        var queries = context.Options.Full ? 2_000 : 500;
        await using var engine = await BenchEngine.StartAsync(context.DataDirectory, SqliteSynchronous.Normal, cancellationToken);
        var seeding = Stopwatch.StartNew();
        await InboxSeeder.SeedAsync(engine.DatabasePath, Agency, tasks, engine.Time.GetUtcNow(), cancellationToken);
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
}
