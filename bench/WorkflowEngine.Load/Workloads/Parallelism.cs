namespace WorkflowEngine.Load.Workloads;

/// <summary>Runs N operations with a fixed number of concurrent workers (<c>--workers</c>).</summary>
internal static class Parallelism
{
    public static Task ForEachAsync(int count, int workers, Func<int, CancellationToken, ValueTask> body, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, body);
}
