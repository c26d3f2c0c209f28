namespace WorkflowEngine.Load;

/// <summary>
/// One workload of the harness. Each lives in its own file under Workloads/ and is listed in
/// <see cref="WorkloadCatalogue"/>; it measures, checks its own correctness (throwing
/// <see cref="CorrectnessException"/>) and returns one or more rows of the table.
/// </summary>
public interface IWorkload
{
    /// <summary>The name given to <c>--workloads</c>.</summary>
    string Name { get; }

    Task<IReadOnlyList<Measurement>> RunAsync(WorkloadContext context, CancellationToken cancellationToken);
}

/// <summary>What a workload is given: the options and a folder on the same file system as every other database of the run.</summary>
public sealed record WorkloadContext(HarnessOptions Options, string DataDirectory);

/// <summary>A workload found something wrong: a case not finished, a count off. The run exits non-zero.</summary>
public sealed class CorrectnessException(string message) : Exception(message);
