using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Persistence.Journal;
using WorkflowEngine.Persistence.Sqlite;
using WorkflowEngine.Persistence.Tasks;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// Cases in SQLite. A load is four EF Core queries (the case, its tasks, escalations and timers); a
/// save goes to the <see cref="SqliteCaseWriter"/>: one transaction in which every case, task and
/// timer change is checked against its expected version, and the outbox and measure rows the
/// change produced are written with it.
/// </summary>
internal sealed class EfCaseStore(IDbContextFactory<EngineDbContext> contexts, SqliteCaseWriter writer) : ICaseStore
{
    // The four reads of every command, compiled once (no expression-tree work per load).
    private static readonly Func<EngineDbContext, Guid, CancellationToken, Task<CaseRecord?>> CaseById =
        EF.CompileAsyncQuery((EngineDbContext db, Guid id, CancellationToken _) => db.Cases.AsNoTracking().FirstOrDefault(c => c.Id == id));

    private static readonly Func<EngineDbContext, Guid, IAsyncEnumerable<TaskRecord>> TasksOf =
        EF.CompileAsyncQuery<EngineDbContext, Guid, TaskRecord>((db, id) => db.Tasks.AsNoTracking()
            .Where(t => t.CaseId == id)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.StageVisit).ThenBy(t => t.TaskKey).ThenBy(t => t.Id));

    private static readonly Func<EngineDbContext, Guid, IAsyncEnumerable<TaskEscalation>> EscalationsOf =
        EF.CompileAsyncQuery<EngineDbContext, Guid, TaskEscalation>((db, id) => db.Escalations.AsNoTracking().Where(e => e.CaseId == id).OrderBy(e => e.RaisedAt).ThenBy(e => e.Id));

    private static readonly Func<EngineDbContext, Guid, IAsyncEnumerable<DueTimer>> TimersOf =
        EF.CompileAsyncQuery<EngineDbContext, Guid, DueTimer>((db, id) => db.Timers.AsNoTracking().Where(t => t.CaseId == id).OrderBy(t => t.DueAt).ThenBy(t => t.Key));

    public async Task<CaseState?> LoadAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await CaseById(db, caseId, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var tasks = new List<CaseTask>();
        await foreach (var task in TasksOf(db, caseId).WithCancellation(cancellationToken))
        {
            tasks.Add(TaskMapper.ToModel(task));
        }

        var state = CaseMapper.ToModel(record, tasks);
        await foreach (var escalation in EscalationsOf(db, caseId).WithCancellation(cancellationToken))
        {
            state.Escalations.Add(escalation);
        }

        await foreach (var timer in TimersOf(db, caseId).WithCancellation(cancellationToken))
        {
            state.Timers.Add(timer);
        }

        return state;
    }

    public Task<SaveOutcome> SaveAsync(IReadOnlyList<CaseChangeSet> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return changes.Count == 0 ? Task.FromResult(SaveOutcome.Saved) : writer.SaveAsync(changes, cancellationToken);
    }

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
