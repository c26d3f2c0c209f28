using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Core.Tests.Runtime;

/// <summary>
/// Makes a race happen for certain: once told, it holds the next N loads until all N have been
/// made, so N commands work on the same stored state and then race to save.
/// </summary>
internal sealed class RacingCaseStore(ICaseStore inner) : ICaseStore
{
    private readonly Lock _gate = new();
    private TaskCompletionSource? _allLoaded;
    private int _waiting;

    public void HoldLoads(int count)
    {
        lock (_gate)
        {
            _waiting = count;
            _allLoaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public async Task<CaseState?> LoadAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var state = await inner.LoadAsync(caseId, cancellationToken);
        Task? wait = null;
        lock (_gate)
        {
            if (_allLoaded is { } gate)
            {
                wait = gate.Task;
                if (--_waiting == 0)
                {
                    _allLoaded = null;
                    gate.SetResult();
                }
            }
        }

        if (wait is not null)
        {
            await wait.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }

        return state;
    }

    public Task<SaveOutcome> SaveAsync(IReadOnlyList<CaseChangeSet> changes, CancellationToken cancellationToken = default) => inner.SaveAsync(changes, cancellationToken);

    public Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid caseId, CancellationToken cancellationToken = default) => inner.ReadJournalAsync(caseId, cancellationToken);

    public Task<IReadOnlyList<CaseState>> ListByChildAsync(Guid childId, CancellationToken cancellationToken = default) => inner.ListByChildAsync(childId, cancellationToken);
}
