using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Persistence.Cases;

namespace WorkflowEngine.Persistence.Measures;

/// <summary>Measure records rebuilt on EF Core: each case's rows replaced in one transaction, guarded by the case's version.</summary>
internal sealed class EfMeasureStore(IDbContextFactory<EngineDbContext> contexts, SqliteWriteGate writes) : IMeasureStore
{
    public async Task<IReadOnlyList<Guid>> ListCasesWithoutMilestonesAsync(int take, IReadOnlyCollection<Guid> except, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(except);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = db.Cases.AsNoTracking().Where(c => !db.Milestones.Any(m => m.CaseId == c.Id));
        if (except.Count > 0)
        {
            var skipped = except.ToList();
            cases = cases.Where(c => !skipped.Contains(c.Id));
        }

        return await cases.OrderBy(c => c.Id).Select(c => c.Id).Take(take).ToListAsync(cancellationToken);
    }

    public async Task<SaveOutcome> ReplaceAsync(CaseMeasureRecords records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var id = records.CaseId;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writes.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Deleting first takes SQLite's write lock, so the version read next cannot change before the
        // commit. PostgreSQL locks rows, not the database: there the case's row is locked first.
        if (!db.Database.IsSqlite())
        {
            await db.Database.SqlQuery<long>($"SELECT \"Version\" AS \"Value\" FROM \"Cases\" WHERE \"Id\" = {id} FOR UPDATE").ToListAsync(cancellationToken);
        }

        await db.Milestones.Where(m => m.CaseId == id).ExecuteDeleteAsync(cancellationToken);
        await db.EducationEvents.Where(e => e.CaseId == id).ExecuteDeleteAsync(cancellationToken);
        await db.DisruptionMeasures.Where(d => d.CaseId == id).ExecuteDeleteAsync(cancellationToken);
        await db.IntelligenceSubmissions.Where(s => s.CaseId == id).ExecuteDeleteAsync(cancellationToken);
        var version = await db.Cases.Where(c => c.Id == id).Select(c => (long?)c.Version).FirstOrDefaultAsync(cancellationToken);
        if (version != records.CaseVersion)
        {
            await transaction.RollbackAsync(cancellationToken);
            return SaveOutcome.Conflict;
        }

        db.Milestones.Add(records.Milestones);
        if (records.Education is { } education)
        {
            db.EducationEvents.Add(education);
        }

        db.DisruptionMeasures.AddRange(records.DisruptionMeasures);
        db.IntelligenceSubmissions.AddRange(records.IntelligenceSubmissions);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SaveOutcome.Saved;
    }
}
