using WorkflowEngine.Load.Workloads;

namespace WorkflowEngine.Load;

/// <summary>
/// Every workload, in the order they run. The raw SQLite baseline runs first so that every later
/// row's ratio is taken against the same invocation's disk. Add a workload here and in its own file.
/// </summary>
public static class WorkloadCatalogue
{
    public static IReadOnlyList<IWorkload> All { get; } =
    [
        new RawSqliteWorkload(),
        new ThreeStepsWorkload(),
        new HumanTaskWorkload(),
        new WorkflowCoreThreeStepsWorkload(),
        new WorkflowCoreHumanTaskWorkload(),
        new CceReferralWorkload(),
        new LargeInboxWorkload(),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(w => w.Name)];
}
