using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// Writes case saves: every case, task and timer change checked against its expected version, and
/// the journal, outbox and measure rows written with it, all or nothing.
/// </summary>
internal interface ICaseWriter
{
    Task<SaveOutcome> SaveAsync(IReadOnlyList<CaseChangeSet> changes, CancellationToken cancellationToken);

    /// <summary>True when <see cref="SaveEachAsync"/> writes several saves in one turn (SQLite's one writer); the default saves them one by one.</summary>
    bool SavesEachTogether => false;

    /// <summary>Several saves, each all or nothing on its own version checks; each one's outcome in order, or null where it failed with an error.</summary>
    async Task<IReadOnlyList<SaveOutcome?>> SaveEachAsync(IReadOnlyList<IReadOnlyList<CaseChangeSet>> saves, CancellationToken cancellationToken)
    {
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
}
