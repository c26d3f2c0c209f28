using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace WorkflowEngine.Load.Workloads;

/// <summary>"Three steps" on Workflow Core: three decision steps then a branch on the decision, in memory.</summary>
public sealed class WorkflowCoreThreeStepsWorkload : IWorkload
{
    public string Name => "wfc-three-steps";

    public async Task<IReadOnlyList<Measurement>> RunAsync(WorkloadContext context, CancellationToken cancellationToken)
    {
        var n = context.Options.Cases;
        var warmUp = context.Options.WarmUp;
        await using var host = await WorkflowCoreHost.StartAsync(h => h.RegisterWorkflow<ThreeStepsFlow, BenchFlowData>(), cancellationToken);
        await RunAsync(host, warmUp, cancellationToken);
        var (seconds, allocated) = await Measurement.TimeAsync(() => RunAsync(host, n, cancellationToken));
        return
        [
            new("three-steps on Workflow Core 3.22", "memory", n, seconds, n / seconds, "cases/s", "NORMAL", (double)allocated / n,
                "in-memory persistence, nothing durable; its queue and lock; decision in C#"),
        ];
    }

    private static async Task RunAsync(WorkflowCoreHost host, int count, CancellationToken cancellationToken)
    {
        host.Expect(count);
        for (var i = 0; i < count; i++)
        {
            await host.Host.StartWorkflow(ThreeStepsFlow.Key, 1, new BenchFlowData());
        }

        await host.WaitAsync("wfc-three-steps", TimeSpan.FromSeconds(120), cancellationToken);
    }

    private sealed class ThreeStepsFlow : IWorkflow<BenchFlowData>
    {
        public const string Key = "bench-three-steps";

        public string Id => Key;

        public int Version => 1;

        public void Build(IWorkflowBuilder<BenchFlowData> builder) =>
            builder
                .StartWith<DecideStep>()
                .Then<DecideStep>()
                .Then<DecideStep>()
                .If(data => data.Route == "high").Do(then => then.StartWith(_ => ExecutionResult.Next()));
    }
}
