using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Load.Hosting;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Benchmarks;

/// <summary>
/// Runtime commands on a real SQLite file (synchronous NORMAL, so the figure is the engine's CPU and
/// SQLite's work rather than the disk's fsync): opening a case of the one-human-task workflow, and
/// completing its task (which ends the case). Each completion needs a case opened beforehand, so
/// every iteration first opens as many cases as it will complete.
/// </summary>
[MemoryDiagnoser]
public class CaseBenchmarks
{
    private const int PerIteration = 200;
    private readonly Queue<CaseState> _open = new();
    private readonly JsonObject _data = new() { ["actionTaken"] = "Visited the family." };
    private BenchEngine _engine = null!;
    private int _index;

    [GlobalSetup]
    public async Task SetupAsync() => _engine = await BenchEngine.StartAsync(Path.GetTempPath(), SqliteSynchronous.Normal);

    [GlobalCleanup]
    public ValueTask CleanupAsync() => _engine.DisposeAsync();

    [IterationSetup(Target = nameof(CompleteTask))]
    public void OpenCasesToComplete()
    {
        _open.Clear();
        for (var i = 0; i < PerIteration; i++)
        {
            _open.Enqueue(OpenCase().GetAwaiter().GetResult());
        }
    }

    [Benchmark]
    public async Task<CaseState> OpenCase()
    {
        var result = await _engine.Cases.OpenCaseAsync(BenchEngine.Contact("bench-human-task", _index++));
        return result.Value ?? throw new InvalidOperationException(string.Join(" ", result.Errors));
    }

    [Benchmark]
    [InvocationCount(PerIteration)]
    public async Task<CaseState> CompleteTask()
    {
        var state = _open.Dequeue();
        var task = state.Tasks[0];
        var result = await _engine.Cases.CompleteTaskAsync(new CompleteTaskCommand(state.Id, task.Id, "done", _data, "pc.jones", task.Version));
        return result.Value ?? throw new InvalidOperationException(string.Join(" ", result.Errors));
    }
}
