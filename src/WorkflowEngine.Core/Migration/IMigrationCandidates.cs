namespace WorkflowEngine.Core.Migration;

/// <summary>Finds the running cases a migration may move. Implemented by the persistence layer.</summary>
public interface IMigrationCandidates
{
    /// <summary>
    /// The ids of the open cases of the workflow version (at one of <paramref name="stages"/> when
    /// any are given), oldest first. Ids only: ten thousand cases are a few hundred kilobytes.
    /// </summary>
    Task<IReadOnlyList<Guid>> ListAsync(string workflowKey, int version, IReadOnlyCollection<string> stages, CancellationToken cancellationToken = default);
}
