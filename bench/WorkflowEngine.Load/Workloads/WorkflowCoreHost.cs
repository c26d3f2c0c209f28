using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;
using WorkflowCore.Models;
using WorkflowCore.Models.LifeCycleEvents;

namespace WorkflowEngine.Load.Workloads;

/// <summary>
/// Workflow Core 3.22 in this process with its default in-memory persistence, single-node queue
/// and lock: nothing it does is durable. Counts completed workflows from its life-cycle events.
/// </summary>
internal sealed class WorkflowCoreHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private int _completed;
    private int _expected = int.MaxValue;
    private TaskCompletionSource _allDone = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WorkflowCoreHost()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWorkflow();
        _services = services.BuildServiceProvider();
        Host = _services.GetRequiredService<IWorkflowHost>();
        Host.OnLifeCycleEvent += OnLifeCycleEvent;
    }

    public IWorkflowHost Host { get; }

    public int Completed => Volatile.Read(ref _completed);

    public static async Task<WorkflowCoreHost> StartAsync(Action<IWorkflowHost> register, CancellationToken cancellationToken)
    {
        var host = new WorkflowCoreHost();
        register(host.Host);
        await host.Host.StartAsync(cancellationToken);
        return host;
    }

    /// <summary>Expects <paramref name="count"/> more completions from now on.</summary>
    public void Expect(int count)
    {
        _allDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _completed, 0);
        Volatile.Write(ref _expected, count);
    }

    public async Task WaitAsync(string what, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await _allDone.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new CorrectnessException(string.Create(CultureInfo.InvariantCulture,
                $"{what}: only {Completed} of {Volatile.Read(ref _expected)} Workflow Core workflows completed within {timeout.TotalSeconds:N0} s."));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }

    private void OnLifeCycleEvent(LifeCycleEvent evt)
    {
        if (evt is WorkflowCompleted && Interlocked.Increment(ref _completed) == Volatile.Read(ref _expected))
        {
            _allDone.TrySetResult();
        }
    }
}

/// <summary>The data both Workflow Core shapes carry: the same facts the bench rule set reads.</summary>
public sealed class BenchFlowData
{
    public int MissingEpisodes { get; set; } = 3;

    public bool PersistentAbsence { get; set; } = true;

    public string Route { get; set; } = string.Empty;

    public int Decisions { get; set; }

    public object? Outcome { get; set; }
}

/// <summary>One automatic step: the bench-route decision written in C#, as Workflow Core has no rule engine.</summary>
public sealed class DecideStep : StepBody
{
    public override ExecutionResult Run(IStepExecutionContext context)
    {
        var data = (BenchFlowData)context.Workflow.Data;
        data.Route = data.MissingEpisodes >= 3 && data.PersistentAbsence ? "high" : data.MissingEpisodes >= 1 ? "medium" : "otherwise";
        data.Decisions++;
        return ExecutionResult.Next();
    }
}
