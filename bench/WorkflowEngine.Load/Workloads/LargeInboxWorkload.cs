using System.Diagnostics;
using System.Globalization;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Load.Hosting;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Load.Workloads;

/// <summary>
/// "Large inbox": latency of <see cref="ITaskInbox"/> for one agency holding a year of work
/// (1,000,000 tasks in full mode, seeded by <see cref="InboxSeeder"/>). Queries rotate over the
/// inbox's shapes: its filters, orders, paging, searches and the tabs' counts.
/// </summary>
public sealed class LargeInboxWorkload : IWorkload
{
    private const string Agency = "police";

    // What one inbox view asks for: a page, and the counts on the page and its tabs (capped, as the
    // page shows "1,000 or more"). The searches name a seeded child and a seeded case.
    private static readonly (string Name, Func<ITaskInbox, CancellationToken, Task> Run)[] Shapes =
    [
        ("first page", (inbox, ct) => inbox.QueryAsync(new InboxQuery(Agency), ct)),
        ("overdue only", (inbox, ct) => inbox.QueryAsync(new InboxQuery(Agency, OverdueOnly: true), ct)),
        ("by role", (inbox, ct) => inbox.QueryAsync(new InboxQuery(Agency, Role: "mace-chair"), ct)),
        ("by person", (inbox, ct) => inbox.QueryAsync(new InboxQuery(Agency, AssignedTo: "officer-7"), ct)),
        ("page 5", (inbox, ct) => inbox.QueryAsync(new InboxQuery(Agency, Skip: 200, Take: 50), ct)),
        ("by task", (inbox, ct) => inbox.QueryAsync(new InboxQuery(Agency, TaskKeys: ["task-3"]), ct)),
        ("unassigned", (inbox, ct) => inbox.QueryAsync(new InboxQuery(Agency, UnassignedOnly: true), ct)),
        ("high priority only", (inbox, ct) => inbox.QueryAsync(new InboxQuery(Agency, Priority: TaskPriority.High), ct)),
        ("high priority first", (inbox, ct) => inbox.QueryAsync(new InboxQuery(Agency, Order: InboxOrder.Priority), ct)),
        ("team, high priority first", (inbox, ct) => inbox.QueryAsync(new InboxQuery(Agency, Role: "mace-chair", Order: InboxOrder.Priority), ct)),
        ("search by name", (inbox, ct) => inbox.QueryAsync(new InboxQuery(Agency, Search: InboxSeeder.SearchedName), ct)),
        ("search by reference", (inbox, ct) => inbox.QueryAsync(new InboxQuery(Agency, Search: InboxSeeder.SearchedReference), ct)),
        ("tab counts", async (inbox, ct) =>
        {
            await inbox.CountAsync(new InboxQuery(Agency, AssignedTo: "officer-7"), CountCap, ct);
            await inbox.CountAsync(new InboxQuery(Agency, Role: "mace-chair"), CountCap, ct);
            await inbox.CountAsync(new InboxQuery(Agency), CountCap, ct);
        }),
    ];

    // The inbox page's cap on a count.
    private const int CountCap = 1_000;

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
        await CheckSearchesAndCountsAsync(inbox, engine.DatabasePath, cancellationToken);
        for (var i = 0; i < 5 * Shapes.Length; i++)
        {
            await Shapes[i % Shapes.Length].Run(inbox, cancellationToken);
        }

        var latencies = new double[queries];
        var byShape = Shapes.Select(_ => new List<double>()).ToArray();
        var (seconds, allocated) = await Measurement.TimeAsync(async () =>
        {
            for (var i = 0; i < queries; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await Shapes[i % Shapes.Length].Run(inbox, cancellationToken);
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

        // High priority first: the high-priority tasks in due order, then the others in due order,
        // the page running on past the seeded high-priority tasks of the role.
        var team = await inbox.QueryAsync(new InboxQuery(Agency, Role: "mace-chair", Order: InboxOrder.Priority, Take: InboxQuery.MaxTake), cancellationToken);
        var byPriority = team.Items.Zip(team.Items.Skip(1)).All(p => p.First.Priority > p.Second.Priority
            || (p.First.Priority == p.Second.Priority && p.First.DueAt <= p.Second.DueAt));
        if (team.Items.Count != InboxQuery.MaxTake || !byPriority || team.Items.Any(i => i.Role != "mace-chair")
            || team.Items[0].Priority != TaskPriority.High)
        {
            throw new CorrectnessException("large-inbox: high priority first returned the wrong tasks or order.");
        }
    }

    // The searches and the count against the seeded rows, read straight from the file.
    private static async Task CheckSearchesAndCountsAsync(ITaskInbox inbox, string databasePath, CancellationToken cancellationToken)
    {
        const string Active = "'Open', 'Claimed', 'Escalated'";
        var byName = await inbox.QueryAsync(new InboxQuery(Agency, Search: InboxSeeder.SearchedName, Take: InboxQuery.MaxTake), cancellationToken);
        var byReference = await inbox.QueryAsync(new InboxQuery(Agency, Search: InboxSeeder.SearchedReference), cancellationToken);
        var counted = await inbox.CountAsync(new InboxQuery(Agency), CountCap, cancellationToken);
        var named = await EngineChecks.CountAsync(databasePath, $"""
            SELECT COUNT(*) FROM Tasks t JOIN Cases c ON c.Id = t.CaseId
            WHERE t.Agency = '{Agency}' AND t.Status IN ({Active}) AND c.ChildName = '{InboxSeeder.SearchedName}'
            """, cancellationToken);
        var referenced = await EngineChecks.CountAsync(databasePath, $"""
            SELECT COUNT(*) FROM Tasks WHERE Agency = '{Agency}' AND Status IN ({Active}) AND CaseId LIKE '%{InboxSeeder.SearchedReference[^8..]}'
            """, cancellationToken);
        var active = await EngineChecks.CountAsync(databasePath, $"SELECT COUNT(*) FROM Tasks WHERE Agency = '{Agency}' AND Status IN ({Active})", cancellationToken);
        if (byName.Items.Count != Math.Min(named, InboxQuery.MaxTake) || byName.Items.Any(i => i.ChildName != InboxSeeder.SearchedName)
            || byReference.Items.Count != Math.Min(referenced, InboxQuery.DefaultTake)
            || counted != Math.Min(active, CountCap))
        {
            throw new CorrectnessException("large-inbox: a search or a count returned the wrong tasks.");
        }
    }
}
