using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Persistence.Journal;
using WorkflowEngine.Persistence.Measures;
using WorkflowEngine.Persistence.Sqlite;
using WorkflowEngine.Persistence.Storage;
using WorkflowEngine.Persistence.Tasks;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// Cases on EF Core. A load is four queries (the case, its tasks, escalations and timers); a save
/// is one transaction in which every case, task and timer change is checked against its expected
/// version, and the outbox rows the change produced are written with it.
/// </summary>
internal sealed class EfCaseStore(IDbContextFactory<EngineDbContext> contexts, SqliteWriteGate writes) : ICaseStore
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

    public async Task<SaveOutcome> SaveAsync(IReadOnlyList<CaseChangeSet> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return SaveOutcome.Saved;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var change in changes)
        {
            Stage(db, change);
        }

        using var turn = await writes.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // The measure rows that mirror a case are rewritten whole: delete the stored ones, insert the new.
            await MeasureRows.ClearAsync(db, changes, cancellationToken);
            // EF batches the statements and checks each update's row count against the
            // Version tokens; a stale row fails the batch before anything is committed.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.Conflict;
        }
        catch (DbUpdateException ex) when (UniqueViolation.IsCauseOf(ex))
        {
            // Someone else inserted the same case or journal entry number first.
            return SaveOutcome.Conflict;
        }

        await transaction.CommitAsync(cancellationToken);
        return SaveOutcome.Saved;
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

    private static void Stage(EngineDbContext db, CaseChangeSet change)
    {
        var caseRecord = CaseMapper.ToRecord(change.Case);
        if (change.IsNew)
        {
            db.Cases.Add(caseRecord);
        }
        else
        {
            UpdateChecked(db, caseRecord, change.ExpectedVersion);
        }

        foreach (var task in change.AddedTasks)
        {
            db.Tasks.Add(TaskMapper.ToRecord(task));
        }

        foreach (var (task, expectedVersion) in change.ModifiedTasks)
        {
            UpdateChecked(db, TaskMapper.ToRecord(task), expectedVersion);
        }

        foreach (var entry in change.Journal)
        {
            db.Journal.Add(JournalMapper.ToRecord(entry));
        }

        db.Escalations.AddRange(change.AddedEscalations);
        foreach (var escalation in change.ModifiedEscalations)
        {
            db.Attach(escalation).State = EntityState.Modified;
        }

        db.Timers.AddRange(change.AddedTimers);
        foreach (var (timer, expectedVersion) in change.ModifiedTimers)
        {
            UpdateChecked(db, timer, expectedVersion);
        }

        foreach (var (timer, expectedVersion) in change.RemovedTimers)
        {
            // A timer another dispatcher claimed meanwhile has a new version: the delete finds
            // no row, and the whole change (including what the timer did) is rolled back.
            var entry = db.Attach(timer);
            entry.State = EntityState.Deleted;
            entry.Property(t => t.Version).OriginalValue = expectedVersion;
        }

        db.Outbox.AddRange(change.Outbox);
        MeasureRows.Stage(db, change);
    }

    // Writes every column of the row, on condition that the stored Version is still the expected one.
    private static void UpdateChecked<TRecord>(EngineDbContext db, TRecord record, long expectedVersion)
        where TRecord : class
    {
        var entry = db.Attach(record);
        entry.State = EntityState.Modified;
        entry.Property("Version").OriginalValue = expectedVersion;
    }
}
