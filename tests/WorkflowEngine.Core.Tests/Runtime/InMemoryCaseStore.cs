using System.Text.Json;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Core.Tests.Runtime;

/// <summary>
/// A case store in memory with the same optimistic-concurrency contract as the database store:
/// everything saves or nothing does. Loads hand out deep copies, as a database would.
/// </summary>
internal sealed class InMemoryCaseStore : ICaseStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, CaseState> _cases = [];
    private readonly List<JournalEntry> _journal = [];

    public int Saves { get; private set; }

    public List<OutboxMessage> Outbox { get; } = [];

    public Task<CaseState?> LoadAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_cases.TryGetValue(caseId, out var state) ? Copy(state) : null);
        }
    }

    public Task<SaveOutcome> SaveAsync(IReadOnlyList<CaseChangeSet> changes, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            foreach (var set in changes)
            {
                if (!set.IsNew && (!_cases.TryGetValue(set.Case.Id, out var stored) || stored.Version != set.ExpectedVersion))
                {
                    return Task.FromResult(SaveOutcome.Conflict);
                }

                if (!set.IsNew)
                {
                    var storedTasks = _cases[set.Case.Id].Tasks;
                    var storedTimers = _cases[set.Case.Id].Timers;
                    if (set.ModifiedTasks.Any(m => storedTasks.Find(t => t.Id == m.Task.Id)?.Version != m.ExpectedVersion)
                        || set.ModifiedTimers.Concat(set.RemovedTimers).Any(m => storedTimers.Find(t => t.Id == m.Timer.Id)?.Version != m.ExpectedVersion))
                    {
                        return Task.FromResult(SaveOutcome.Conflict);
                    }
                }
            }

            foreach (var set in changes)
            {
                _cases[set.Case.Id] = Copy(set.Case);
                _journal.AddRange(set.Journal);
                Outbox.AddRange(set.Outbox);
            }

            Saves++;
            return Task.FromResult(SaveOutcome.Saved);
        }
    }

    /// <summary>Overwrites a stored case as it is, as rows written by an older version of the engine would be.</summary>
    public void Put(CaseState state)
    {
        lock (_gate)
        {
            _cases[state.Id] = Copy(state);
        }
    }

    public Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<JournalEntry>>(_journal.Where(j => j.CaseId == caseId).OrderBy(j => j.Sequence).ToList());
        }
    }

    public Task<IReadOnlyList<CaseState>> ListByChildAsync(Guid childId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<CaseState>>(_cases.Values.Where(c => c.ChildId == childId).OrderBy(c => c.OpenedAt).Select(Copy).ToList());
        }
    }

    // A round trip through JSON copies everything, as a load from a database would.
    private static CaseState Copy(CaseState state) =>
        JsonSerializer.Deserialize<CaseState>(JsonSerializer.Serialize(state, EngineJson.Options), EngineJson.Options)!;
}
