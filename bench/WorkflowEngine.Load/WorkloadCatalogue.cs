using WorkflowEngine.Load.Workloads;

namespace WorkflowEngine.Load;

/// <summary>
/// Every workload, in the order they run. The raw SQLite baseline runs first and again last
/// (<see cref="RawAgain"/>), and ratios are taken against the mean of the two, as the disk's
/// speed drifts during a run. Add a workload here and in its own file.
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
        new DashboardWorkload(),
        new TimerStormWorkload(),
        new PostgreSqlTimerStormWorkload(),
        new ShadowWorkload(),
        new MigrationWorkload(),
    ];

    public static IWorkload RawAgain { get; } = new RawSqliteWorkload { Label = "raw SQLite: 2-statement transactions (again, at the end)" };

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(w => w.Name)];
}
