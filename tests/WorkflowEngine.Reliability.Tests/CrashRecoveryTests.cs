using Xunit.Abstractions;

namespace WorkflowEngine.Reliability.Tests;

/// <summary>
/// The server killed like a power cut while four clients write to it, three times over, and
/// started again on the same file each time: every acknowledged write is there, every journal
/// verifies, and after the clock is moved past every due time each timer has fired exactly once.
/// </summary>
[Collection(ServerProcesses.Name)]
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int Rounds = 3;
    private const int Workers = 4;
    private const int WritesBeforeCrash = 30;

    private readonly string _folder = Directory.CreateTempSubdirectory("crash-tests-").FullName;

    [Fact]
    public async Task Nothing_acknowledged_is_lost_and_every_timer_fires_once_across_kill_9_crashes()
    {
        var acknowledged = new AcknowledgedWrites();
        for (var round = 1; round <= Rounds; round++)
        {
            await using var server = await ServerProcess.StartAsync(_folder);
            await acknowledged.AssertPresentAsync(server);
            var school = await server.SignInAsync("dsl.education");
            var mash = await server.SignInAsync("mash.childrens-social-care");
            using var stop = new CancellationTokenSource();
            var crashPoint = acknowledged.AfterAsync(WritesBeforeCrash);
            var workers = Enumerable.Range(0, Workers).Select(w => Task.Run(() => new LoadWorker(school, mash, acknowledged, w).RunAsync(stop.Token))).ToList();

            await crashPoint;
            await server.KillAsync();
            await Task.WhenAll(workers);
            output.WriteLine($"Round {round}: killed after {acknowledged.Count} acknowledged writes in all.");
        }

        await using var last = await ServerProcess.StartAsync(_folder);
        await acknowledged.AssertPresentAsync(last);
        await AssertEveryJournalVerifiesAsync();

        // Timers claimed by a killed server wait out their lease (5 minutes of the server's clock),
        // so each step moves the clock well past it; four steps climb every rung of the ladder.
        var store = new TimerProbe(Path.Combine(_folder, "workflow.db"));
        for (var step = 0; step < 4; step++)
        {
            var now = await last.AdvanceClockAsync(hours: 24 * 14);
            await store.WaitUntilNothingIsDueAsync(now);
        }

        var firings = store.Firings();
        output.WriteLine($"{acknowledged.OpenedCases.Count} cases and {acknowledged.CompletedTasks.Count} completions acknowledged, none lost; {firings.Count} timer firings journalled.");
        Assert.Empty(store.Incidents());
        var twice = firings.GroupBy(f => f).Where(g => g.Count() > 1).Select(g => $"{g.Key} x {g.Count()}").ToList();
        Assert.True(twice.Count == 0, "Timers fired more than once: " + string.Join("; ", twice));
        var completed = store.CasesWithACompletedTask();
        Assert.Superset(acknowledged.CompletedTasks.Select(c => c.CaseId).ToHashSet(), completed);
        foreach (var caseId in acknowledged.OpenedCases.Where(id => !completed.Contains(id)))
        {
            // A screening task left open: overdue once, then each of the four rungs once.
            foreach (var expected in new[] { "task.overdue", "task.escalated 1", "task.escalated 2", "task.escalated 3", "task.escalated 4" })
            {
                Assert.True(firings.Any(f => f.CaseId == caseId && f.What == expected), $"Case {caseId} has no {expected}.");
            }
        }

        await AssertEveryJournalVerifiesAsync();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task AssertEveryJournalVerifiesAsync()
    {
        var (exitCode, verified, error) = await BuiltProgram.RunAsync(BuiltProgram.Cli, "verify", Path.Combine(_folder, "workflow.db"));
        output.WriteLine(verified.Trim());
        Assert.True(exitCode == 0, $"verify exited {exitCode}: {verified}{error}");
    }
}
