using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Persistence.Journal;
using WorkflowEngine.Persistence.Tasks;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// Cases. A load goes to the provider's <see cref="ICaseReads"/> (the case, its tasks, escalations
/// and timers from one snapshot); a save goes to its <see cref="ICaseWriter"/>: one transaction in
/// which every case, task and timer change is checked against its expected version, and the outbox
/// and measure rows the change produced are written with it (<see cref="SqliteCaseWriter"/>,
/// <see cref="PostgreSql.PostgreSqlCaseWriter"/>). Lists and the journal are read through EF Core.
/// </summary>
internal sealed class CaseStore(IDbContextFactory<EngineDbContext> contexts, ICaseReads reads, ICaseWriter writer) : ICaseStore
{
    public Task<CaseState?> LoadAsync(Guid caseId, CancellationToken cancellationToken = default) => reads.LoadAsync(caseId, cancellationToken);

    public Task<SaveOutcome> SaveAsync(IReadOnlyList<CaseChangeSet> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return changes.Count == 0 ? Task.FromResult(SaveOutcome.Saved) : writer.SaveAsync(changes, cancellationToken);
    }

    public bool SavesEachTogether => writer.SavesEachTogether;

    public Task<IReadOnlyList<CaseState?>> LoadManyAsync(IReadOnlyList<Guid> caseIds, CancellationToken cancellationToken = default) => reads.LoadManyAsync(caseIds, cancellationToken);

    public Task<IReadOnlyList<SaveOutcome?>> SaveEachAsync(IReadOnlyList<IReadOnlyList<CaseChangeSet>> saves, CancellationToken cancellationToken = default) => writer.SaveEachAsync(saves, cancellationToken);

    public async Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Journal.AsNoTracking()
            .Where(j => j.CaseId == caseId)
            .OrderBy(j => j.Sequence)
            .ToListAsync(cancellationToken);
        return [.. records.Select(JournalMapper.ToModel)];
    }

    public async Task<IReadOnlyList<CaseState>> ListByChildAsync(Guid childId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.ChildId == childId)
            .OrderBy(c => c.OpenedAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        if (cases.Count == 0)
        {
            return [];
        }

        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => db.Cases.Any(c => c.Id == t.CaseId && c.ChildId == childId))
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.StageVisit).ThenBy(t => t.TaskKey).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        var byCase = tasks.ToLookup(t => t.CaseId);
        return [.. cases.Select(c => CaseMapper.ToModel(c, byCase[c.Id].Select(TaskMapper.ToModel)))];
    }
}
