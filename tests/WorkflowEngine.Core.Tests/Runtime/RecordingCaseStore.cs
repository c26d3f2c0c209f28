using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Core.Tests.Runtime;

/// <summary>An in-memory store that keeps the change sets of its last save, to see which rows a command would write.</summary>
internal sealed class RecordingCaseStore : ICaseStore
{
    public InMemoryCaseStore Inner { get; } = new();

    public IReadOnlyList<CaseChangeSet> LastSaved { get; private set; } = [];

    public Task<CaseState?> LoadAsync(Guid caseId, CancellationToken cancellationToken = default) => Inner.LoadAsync(caseId, cancellationToken);

    public async Task<SaveOutcome> SaveAsync(IReadOnlyList<CaseChangeSet> changes, CancellationToken cancellationToken = default)
    {
        var outcome = await Inner.SaveAsync(changes, cancellationToken);
        if (outcome == SaveOutcome.Saved)
        {
            LastSaved = changes;
        }

        return outcome;
    }

    public Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid caseId, CancellationToken cancellationToken = default) => Inner.ReadJournalAsync(caseId, cancellationToken);

    public Task<IReadOnlyList<CaseState>> ListByChildAsync(Guid childId, CancellationToken cancellationToken = default) => Inner.ListByChildAsync(childId, cancellationToken);
}
