namespace WorkflowEngine.Load;

/// <summary>One row of the table.</summary>
/// <param name="Workload">The workload and what was counted.</param>
/// <param name="Sync">SQLite's synchronous setting (FULL, NORMAL) or "memory" for Workflow Core.</param>
/// <param name="Count">How many operations were timed.</param>
/// <param name="Seconds">Wall time of the timed part.</param>
/// <param name="Value">The figure: a rate, or a latency in milliseconds.</param>
/// <param name="Unit">What <paramref name="Value"/> counts.</param>
/// <param name="Baseline">The raw SQLite row (by sync) the ratio is taken against, or null for no ratio.</param>
/// <param name="AllocatedBytesPerOp">Managed bytes allocated per operation, all threads.</param>
/// <param name="Notes">What bounds the figure, extra percentiles, comparisons.</param>
public sealed record Measurement(
    string Workload,
    string Sync,
    int Count,
    double Seconds,
    double Value,
    string Unit,
    string? Baseline,
    double AllocatedBytesPerOp,
    string Notes = "")
{
    public double? Ratio { get; set; }

    /// <summary>Times <paramref name="body"/> and counts what it allocates.</summary>
    public static async Task<(double Seconds, long Allocated)> TimeAsync(Func<Task> body)
    {
        var before = GC.GetTotalAllocatedBytes(precise: false);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await body();
        clock.Stop();
        return (clock.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(precise: false) - before);
    }
}
