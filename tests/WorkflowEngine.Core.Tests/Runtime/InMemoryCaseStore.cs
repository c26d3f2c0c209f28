using System.Text.Json.Nodes;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Tasks;

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
                    if (set.ModifiedTasks.Any(m => storedTasks.Find(t => t.Id == m.Task.Id)?.Version != m.ExpectedVersion))
                    {
                        return Task.FromResult(SaveOutcome.Conflict);
                    }
                }
            }

            foreach (var set in changes)
            {
                _cases[set.Case.Id] = Copy(set.Case);
                _journal.AddRange(set.Journal);
            }

            Saves++;
            return Task.FromResult(SaveOutcome.Saved);
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

    private static CaseState Copy(CaseState s) => new()
    {
        Id = s.Id,
        ChildId = s.ChildId,
        ParentCaseId = s.ParentCaseId,
        WorkflowKey = s.WorkflowKey,
        WorkflowVersion = s.WorkflowVersion,
        StageKey = s.StageKey,
        StageEnteredAt = s.StageEnteredAt,
        StageVisit = s.StageVisit,
        Status = s.Status,
        ClosureReason = s.ClosureReason,
        OpenedAt = s.OpenedAt,
        ClosedAt = s.ClosedAt,
        Child = s.Child,
        Contact = s.Contact,
        Facts = (JsonObject)s.Facts.DeepClone(),
        Version = s.Version,
        JournalSequence = s.JournalSequence,
        JournalHead = s.JournalHead,
        Tasks = s.Tasks.Select(Copy).ToList(),
    };

    private static CaseTask Copy(CaseTask t) => new()
    {
        Id = t.Id,
        CaseId = t.CaseId,
        StageKey = t.StageKey,
        StageVisit = t.StageVisit,
        TaskKey = t.TaskKey,
        Title = t.Title,
        Agency = t.Agency,
        Role = t.Role,
        AssignedTo = t.AssignedTo,
        Status = t.Status,
        CreatedAt = t.CreatedAt,
        DueAt = t.DueAt,
        ClosedAt = t.ClosedAt,
        ClosedBy = t.ClosedBy,
        Outcome = t.Outcome,
        Data = t.Data is null ? null : (JsonObject)t.Data.DeepClone(),
        Reason = t.Reason,
        Version = t.Version,
    };
}
