using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace WorkflowEngine.Load.Workloads;

/// <summary>
/// "Human task" on Workflow Core: start, wait for an event (the task's completion), end. Each
/// workflow's event is published right after it starts; Workflow Core matches events published
/// before the wait (effective date MinValue), so none is lost.
/// </summary>
public sealed class WorkflowCoreHumanTaskWorkload : IWorkload
{
    private const string EventName = "task-completed";

    public string Name => "wfc-human-task";

    public async Task<IReadOnlyList<Measurement>> RunAsync(WorkloadContext context, CancellationToken cancellationToken)
    {
        var n = context.Options.Cases;
        var warmUp = context.Options.WarmUp;
        await using var host = await WorkflowCoreHost.StartAsync(h => h.RegisterWorkflow<HumanTaskFlow, BenchFlowData>(), cancellationToken);
        await RunAsync(host, warmUp, cancellationToken);
        var (seconds, allocated) = await Measurement.TimeAsync(() => RunAsync(host, n, cancellationToken));
        return
        [
            new("human-task on Workflow Core 3.22, end to end", "memory", n, seconds, n / seconds, "cases/s", "NORMAL", (double)allocated / n,
                "in-memory persistence, nothing durable; event matched to its subscription"),
        ];
    }

    private static async Task RunAsync(WorkflowCoreHost host, int count, CancellationToken cancellationToken)
    {
        host.Expect(count);
        for (var i = 0; i < count; i++)
        {
            var id = await host.Host.StartWorkflow(HumanTaskFlow.Key, 1, new BenchFlowData());
            await host.Host.PublishEvent(EventName, id, "done");
        }

        await host.WaitAsync("wfc-human-task", TimeSpan.FromSeconds(120), cancellationToken);
    }

    private sealed class HumanTaskFlow : IWorkflow<BenchFlowData>
    {
        public const string Key = "bench-human-task";

        public string Id => Key;

        public int Version => 1;

        public void Build(IWorkflowBuilder<BenchFlowData> builder) =>
            builder
                .StartWith(_ => ExecutionResult.Next())
                .WaitFor(EventName, (_, context) => context.Workflow.Id)
                    .Output(data => data.Outcome, step => step.EventData)
                .Then(_ => ExecutionResult.Next());
    }
}
