using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Journal;

namespace WorkflowEngine.Core.Runtime;

/// <summary>Loads and saves cases. Implemented by the persistence layer.</summary>
public interface ICaseStore
{
    /// <summary>A case with all its tasks, or null. A fixed number of queries, whatever the task count.</summary>
    Task<CaseState?> LoadAsync(Guid caseId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves change sets in one transaction. Every modified case and task row must still have
    /// its expected version; otherwise nothing is written and <see cref="SaveOutcome.Conflict"/> is returned.
    /// </summary>
    Task<SaveOutcome> SaveAsync(IReadOnlyList<CaseChangeSet> changes, CancellationToken cancellationToken = default);

    /// <summary>The case's journal in sequence order.</summary>
    Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid caseId, CancellationToken cancellationToken = default);

    /// <summary>The cases about one child (every track), oldest first.</summary>
    Task<IReadOnlyList<CaseState>> ListByChildAsync(Guid childId, CancellationToken cancellationToken = default);
}
