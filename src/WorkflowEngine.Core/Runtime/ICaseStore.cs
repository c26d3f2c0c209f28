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

    /// <summary>
    /// True when <see cref="SaveEachAsync"/> saves several commands in one turn of the store (SQLite's
    /// one writer: one queue entry and one commit for many); false when it would only save them one
    /// after another, so a caller is better off running the commands side by side.
    /// </summary>
    bool SavesEachTogether => false;

    /// <summary>Several cases for a batch of commands, each as <see cref="LoadAsync"/> loads it (null where there is no such case), in the order asked.</summary>
    async Task<IReadOnlyList<CaseState?>> LoadManyAsync(IReadOnlyList<Guid> caseIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseIds);
        var states = new CaseState?[caseIds.Count];
        for (var i = 0; i < caseIds.Count; i++)
        {
            states[i] = await LoadAsync(caseIds[i], cancellationToken).ConfigureAwait(false);
        }

        return states;
    }

    /// <summary>
    /// Saves several commands' change sets, each as <see cref="SaveAsync"/> saves one: all or nothing
    /// per command, on its own version checks, so one command's conflict or failure leaves the others
    /// saved. Returns each command's outcome in order, or null where it failed with an error (the
    /// caller runs that command again on its own, which reports the error where it belongs).
    /// </summary>
    async Task<IReadOnlyList<SaveOutcome?>> SaveEachAsync(IReadOnlyList<IReadOnlyList<CaseChangeSet>> saves, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(saves);
        var outcomes = new SaveOutcome?[saves.Count];
        for (var i = 0; i < saves.Count; i++)
        {
            try
            {
                outcomes[i] = await SaveAsync(saves[i], cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // Reported as null: the caller runs that command alone, where the error surfaces.
            catch (Exception)
#pragma warning restore CA1031
            {
                outcomes[i] = null;
            }
        }

        return outcomes;
    }

    /// <summary>The case's journal in sequence order.</summary>
    Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid caseId, CancellationToken cancellationToken = default);

    /// <summary>The cases about one child (every track), oldest first.</summary>
    Task<IReadOnlyList<CaseState>> ListByChildAsync(Guid childId, CancellationToken cancellationToken = default);
}
