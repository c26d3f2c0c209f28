using WorkflowEngine.Tests.Shared;
using Xunit.Abstractions;

namespace WorkflowEngine.Reliability.Tests.MultiNode;

/// <summary>
/// Three real server processes on one PostgreSQL database: clients write through all three while
/// a timer storm falls due, one node is killed like a power cut while it holds claimed timers, and
/// the two survivors carry on. Every acknowledged write is in the database, each timer fired
/// exactly once (no journal or escalation row twice), and the timers the dead node had claimed
/// were fired by the survivors once its lease lapsed.
/// </summary>
[Collection(ServerProcesses.Name)]
public sealed class MultiNodeTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int WritesBeforeStorm = 150;
    private const int WritesAfterKill = 30;

    private readonly string _folder = Directory.CreateTempSubdirectory("multi-node-tests-").FullName;
    private string _database = string.Empty;

    public async Task InitializeAsync() =>
        // Throws, saying why, when no PostgreSQL server can be started: this test never skips.
        _database = await PostgreSqlTestServer.NewDatabaseAsync();

    [Fact]
    public async Task Three_nodes_share_the_work_and_the_survivors_take_over_a_killed_nodes_timers()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // The first node migrates and seeds the demo users; the others start once it is ready.
        await using var a = await StartNodeAsync("node-a");
        var others = await Task.WhenAll(
            StartNodeAsync("node-b"),
            // The node to be killed claims big batches and fires them one by one, so it is sure
            // to die holding timers it has claimed but not yet fired.
            StartNodeAsync("node-c", ("Timers__BatchSize", "200"), ("Timers__FiringConcurrency", "1")));
        await using var b = others[0];
        await using var c = others[1];
        ServerProcess[] nodes = [a, b, c];
        output.WriteLine($"{clock.Elapsed.TotalSeconds:N0} s: three nodes ready.");

        // Six clients, each opening cases on one node and completing tasks on the next (so a
        // bearer token issued by one node is honoured by another).
        var acknowledged = new AcknowledgedWrites();
        using var stop = new CancellationTokenSource();
        var workers = new List<Task>();
        for (var w = 0; w < 6; w++)
        {
            var school = await nodes[w % 3].SignInAsync("dsl.education");
            var mash = await nodes[(w + 1) % 3].SignInAsync("mash.childrens-social-care");
            var worker = new LoadWorker(school, mash, acknowledged, w);
            workers.Add(Task.Run(() => worker.RunAsync(stop.Token)));
        }

        await WithinAsync(acknowledged.AfterAsync(WritesBeforeStorm), "the writes before the storm", workers);
        var probe = new SharedDatabaseProbe(_database);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:N0} s: {acknowledged.Count} writes acknowledged before the storm.");

        // The storm: a fortnight passes on node C first, so it claims a batch of the open tasks'
        // clocks (each due for its reminder, overdue mark and first rung in turn); then on A and B,
        // which claim the rest.
        await c.AdvanceClockAsync(hours: 24 * 14);
        var claimedByC = await WaitForLeasesAsync(probe, "node-c");
        await Task.WhenAll(a.AdvanceClockAsync(hours: 24 * 14), b.AdvanceClockAsync(hours: 24 * 14));
        await c.KillAsync();
        var heldByDeadNode = probe.LeasedBy("node-c");
        output.WriteLine($"{clock.Elapsed.TotalSeconds:N0} s: node C claimed {claimedByC} timers and died holding {heldByDeadNode.Count} of them, after {acknowledged.Count} acknowledged writes.");
        Assert.NotEmpty(heldByDeadNode);

        // The clients of A and B carry on through the storm; those of C stop at its death.
        await WithinAsync(acknowledged.AfterAsync(WritesAfterKill), "the writes after the kill", workers);
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        // Node C's leases lapse five minutes after its clock: a day on the survivors is past them.
        // Then three more fortnights climb every rung of the escalation ladder.
        await ClimbAsync(probe, [a, b], hours: 24);
        for (var step = 0; step < 3; step++)
        {
            await ClimbAsync(probe, [a, b], hours: 24 * 14);
        }

        output.WriteLine($"{clock.Elapsed.TotalSeconds:N0} s: the survivors fired everything due.");
        await acknowledged.AssertPresentAsync(a);
        var firings = probe.Firings();
        output.WriteLine($"{acknowledged.OpenedCases.Count} cases and {acknowledged.CompletedTasks.Count} completions acknowledged, none lost; {firings.Count} timer firings journalled.");
        Assert.Empty(probe.Incidents());
        var twice = firings.GroupBy(f => f).Where(g => g.Count() > 1).Select(g => $"{g.Key} x {g.Count()}").ToList();
        Assert.True(twice.Count == 0, "Timers fired more than once: " + string.Join("; ", twice));
        var escalatedTwice = probe.ClockEscalations().Where(e => e.Rows > 1).ToList();
        Assert.True(escalatedTwice.Count == 0, "Escalations raised more than once: " + string.Join("; ", escalatedTwice));

        // The dead node's claimed timers: gone from the table (a task's clock once its task has
        // climbed the whole ladder) and fired by the survivors, each journalled once (above), unless a client completed the task meanwhile (then a timer is
        // dropped unjournalled) or, for a reminder, the task was marked overdue first (a reminder
        // is not sent once its task is overdue: the overdue notice says more).
        Assert.Empty(probe.StillPending(heldByDeadNode.Select(t => t.Id)));
        Assert.Empty(probe.LeasedBy("node-c"));
        var completed = probe.CasesWithACompletedTask();
        var notFired = heldByDeadNode
            .Where(t => !completed.Contains(t.CaseId) && !t.FiredIn(firings))
            .Where(t => t.Kind != "TaskReminder" || !firings.Contains(new Firing(t.CaseId, "task.overdue", t.TaskId!.Value)))
            .ToList();
        Assert.True(notFired.Count == 0, "Timers the dead node held never fired: " + string.Join("; ", notFired));
        output.WriteLine($"The survivors fired the {heldByDeadNode.Count} timers node C died holding: " +
            string.Join(", ", heldByDeadNode.GroupBy(t => t.Kind).Select(g => $"{g.Count()} {g.Key}")));

        // Every open screening task climbed the whole ladder, once, across the three nodes.
        foreach (var caseId in acknowledged.OpenedCases.Where(id => !completed.Contains(id)))
        {
            foreach (var expected in new[] { "task.overdue", "task.escalated 1", "task.escalated 2", "task.escalated 3", "task.escalated 4" })
            {
                Assert.True(firings.Any(f => f.CaseId == caseId && f.What == expected), $"Case {caseId} has no {expected}.");
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (_database.Length > 0)
        {
            await PostgreSqlTestServer.DropDatabaseAsync(_database);
        }

        Directory.Delete(_folder, recursive: true);
    }

    private Task<ServerProcess> StartNodeAsync(string name, params (string Name, string Value)[] settings)
    {
        var all = new Dictionary<string, string>
        {
            ["Persistence__Provider"] = "PostgreSql",
            ["Persistence__ConnectionString"] = _database,
            ["Node__Name"] = name,
        };
        foreach (var (setting, value) in settings)
        {
            all[setting] = value;
        }

        return ServerProcess.StartAsync(_folder, all);
    }

    // Moves each node's clock on and waits until nothing is due by the earliest of their clocks.
    private static async Task ClimbAsync(SharedDatabaseProbe probe, ServerProcess[] nodes, double hours)
    {
        var now = await Task.WhenAll(nodes.Select(n => n.AdvanceClockAsync(hours)));
        await probe.WaitUntilNothingIsDueAsync(now.Min());
    }

    // Polls the database (the node claims on its own thread) until the node holds timer leases.
    private static async Task<int> WaitForLeasesAsync(SharedDatabaseProbe probe, string node)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var held = probe.LeasedBy(node).Count;
            if (held > 0)
            {
                return held;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{node} claimed no timers within a minute of its clock moving on.");
            await Task.Delay(10);
        }
    }

    // Waits for the clients to reach a count; a client that failed (not one whose node died) fails the test at once.
    private static async Task WithinAsync(Task reached, string what, List<Task> workers)
    {
        var timeout = Task.Delay(TimeSpan.FromMinutes(2));
        var waiting = new List<Task>([reached, timeout, .. workers]);
        while (true)
        {
            var finished = await Task.WhenAny(waiting);
            if (finished == reached)
            {
                return;
            }

            Assert.True(finished != timeout, $"The clients did not make {what} within 2 minutes.");
            await finished;
            waiting.Remove(finished);
        }
    }
}
