using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Load.Hosting;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Benchmarks;

/// <summary>
/// A warm rule-set decision: the shipped exploitation-screening rule set (a global score over
/// eighteen facts, four rules). Once with the published version held in memory, once with it
/// looked up in SQLite as the runtime does today on every decision.
/// </summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private readonly RuleInputs _inputs = new(new JsonObject { ["missingEpisodes"] = 2, ["persistentAbsence"] = true, ["multiplePhones"] = true });
    private RuleEvaluator _inMemory = null!;
    private BenchEngine _engine = null!;
    private IRuleEvaluator _stored = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var root = RepositoryRoot.Path;
        var reference = ReferenceDataLoader.Load(Path.Combine(root, "reference")).Data!;
        var content = await File.ReadAllTextAsync(Path.Combine(root, "rules", "exploitation-screening.json"));
        _inMemory = new RuleEvaluator(new InMemoryDocuments(InMemoryDocuments.Published(DocumentKind.RuleSet, "exploitation-screening", content)), reference);
        _engine = await BenchEngine.StartAsync(Path.GetTempPath(), SqliteSynchronous.Normal);
        _stored = _engine.Get<IRuleEvaluator>();
        await _inMemory.DecideAsync("exploitation-screening", _inputs);
        await _stored.DecideAsync("exploitation-screening", _inputs);
    }

    [GlobalCleanup]
    public ValueTask CleanupAsync() => _engine.DisposeAsync();

    [Benchmark(Baseline = true)]
    public Task<RuleDecision> DecideInMemory() => _inMemory.DecideAsync("exploitation-screening", _inputs);

    [Benchmark]
    public Task<RuleDecision> DecideWithSqliteLookup() => _stored.DecideAsync("exploitation-screening", _inputs);
}
