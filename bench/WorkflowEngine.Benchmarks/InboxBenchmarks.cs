using BenchmarkDotNet.Attributes;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Load.Hosting;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Benchmarks;

/// <summary>The inbox query over one agency's 100,000 seeded tasks (the load harness's large-inbox workload goes to 1,000,000).</summary>
[MemoryDiagnoser]
public class InboxBenchmarks
{
    private BenchEngine _engine = null!;
    private ITaskInbox _inbox = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _engine = await BenchEngine.StartAsync(Path.GetTempPath(), SqliteSynchronous.Normal);
        await InboxSeeder.SeedAsync(_engine.DatabasePath, "police", 100_000, _engine.Time.GetUtcNow(), CancellationToken.None);
        _inbox = _engine.Inbox;
    }

    [GlobalCleanup]
    public ValueTask CleanupAsync() => _engine.DisposeAsync();

    [Benchmark(Baseline = true)]
    public Task<InboxPage> FirstPage() => _inbox.QueryAsync(new InboxQuery("police"));

    [Benchmark]
    public Task<InboxPage> OverdueOnly() => _inbox.QueryAsync(new InboxQuery("police", OverdueOnly: true));

    [Benchmark]
    public Task<InboxPage> ByPerson() => _inbox.QueryAsync(new InboxQuery("police", AssignedTo: "officer-7"));
}
