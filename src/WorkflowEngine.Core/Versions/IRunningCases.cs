namespace WorkflowEngine.Core.Versions;

/// <summary>Counts the open cases on each workflow version, to say what a publish or retire touches.</summary>
public interface IRunningCases
{
    /// <summary>Open cases by workflow, version and stage; of one workflow when <paramref name="workflow"/> is given.</summary>
    Task<IReadOnlyList<RunningCaseCount>> CountAsync(string? workflow = null, CancellationToken cancellationToken = default);
}
