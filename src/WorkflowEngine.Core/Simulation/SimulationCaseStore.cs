using System.Text.Json;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Core.Simulation;

/// <summary>
/// The cases of one simulation, in memory and thrown away with it. Loads hand out copies, as the
/// database would, so a command that fails leaves the stored case as it was.
/// </summary>
internal sealed class SimulationCaseStore : ICaseStore
{
    private readonly Dictionary<Guid, CaseState> _cases = [];
    private readonly List<JournalEntry> _journal = [];

    public Task<CaseState?> LoadAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_cases.TryGetValue(caseId, out var state) ? Copy(state) : null);

    public Task<SaveOutcome> SaveAsync(IReadOnlyList<CaseChangeSet> changes, CancellationToken cancellationToken = default)
    {
        // One simulation runs one command at a time, so nobody else can have saved first.
        foreach (var set in changes)
        {
            _cases[set.Case.Id] = Copy(set.Case);
            _journal.AddRange(set.Journal);
        }

        return Task.FromResult(SaveOutcome.Saved);
    }

    public Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<JournalEntry>>(_journal.Where(j => j.CaseId == caseId).OrderBy(j => j.Sequence).ToList());

    public Task<IReadOnlyList<CaseState>> ListByChildAsync(Guid childId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CaseState>>(_cases.Values.Where(c => c.ChildId == childId).OrderBy(c => c.OpenedAt).Select(Copy).ToList());

    private static CaseState Copy(CaseState state) =>
        JsonSerializer.Deserialize<CaseState>(JsonSerializer.Serialize(state, EngineJson.Options), EngineJson.Options)!;
}
