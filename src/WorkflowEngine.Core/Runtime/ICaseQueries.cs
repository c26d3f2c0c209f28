namespace WorkflowEngine.Core.Runtime;

/// <summary>Read-only case lists. Implemented by the persistence layer.</summary>
public interface ICaseQueries
{
    /// <summary>Cases matching the search, newest first.</summary>
    Task<IReadOnlyList<CaseSummary>> SearchAsync(CaseSearch search, CancellationToken cancellationToken = default);

    /// <summary>Whether the agency has or had a task on the case (need-to-know).</summary>
    Task<bool> IsInvolvedAsync(Guid caseId, string agency, CancellationToken cancellationToken = default);
}
