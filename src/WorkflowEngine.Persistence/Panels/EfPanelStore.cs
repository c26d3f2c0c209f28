using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Panels;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Panels;

/// <summary>
/// Panel sittings on EF Core. A sitting is saved whole: its row moves on one version (a stale
/// version is a conflict) and its attendance, agenda, actions and corrections are rewritten, all
/// in one transaction.
/// </summary>
internal sealed class EfPanelStore(IDbContextFactory<EngineDbContext> contexts, Cases.SqliteWriteGate writes) : IPanelStore
{
    public async Task<PanelSitting?> GetAsync(string panelKey, DateOnly date, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await Sittings(db).FirstOrDefaultAsync(s => s.PanelKey == panelKey && s.SittingDate == date, cancellationToken);
        return record is null ? null : PanelMapper.ToSitting(record);
    }

    public async Task<IReadOnlyList<PanelSitting>> ListAsync(string panelKey, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await Sittings(db).Where(s => s.PanelKey == panelKey && s.SittingDate >= from && s.SittingDate <= to)
            .OrderBy(s => s.SittingDate).ToListAsync(cancellationToken);
        return [.. records.Select(PanelMapper.ToSitting)];
    }

    public async Task<IReadOnlyList<PanelSitting>> ForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = db.AgendaItems.Where(i => i.CaseId == caseId).Select(i => i.SittingId);
        var records = await Sittings(db).Where(s => ids.Contains(s.Id)).OrderBy(s => s.SittingDate).ToListAsync(cancellationToken);
        return [.. records.Select(PanelMapper.ToSitting)];
    }

    public async Task<SaveOutcome> SaveAsync(PanelSitting sitting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sitting);
        using var turn = await writes.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (sitting.Version == 0)
        {
            db.PanelSittings.Add(PanelMapper.ToRecord(sitting));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (UniqueViolation.IsCauseOf(ex))
            {
                // Someone else started the same sitting first.
                return SaveOutcome.Conflict;
            }

            sitting.Version = 1;
            return SaveOutcome.Saved;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (id, version) = (sitting.Id, sitting.Version);
        var status = sitting.Status.ToString();
        var moved = await db.PanelSittings.Where(s => s.Id == id && s.Version == version).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.Version, version + 1)
            .SetProperty(s => s.Status, status)
            .SetProperty(s => s.ConfirmedAt, sitting.ConfirmedAt)
            .SetProperty(s => s.ConfirmedBy, sitting.ConfirmedBy), cancellationToken);
        if (moved == 0)
        {
            return SaveOutcome.Conflict;
        }

        var items = db.AgendaItems.Where(i => i.SittingId == id).Select(i => i.Id);
        await db.PanelActions.Where(a => items.Contains(a.AgendaItemId)).ExecuteDeleteAsync(cancellationToken);
        await db.AgendaItems.Where(i => i.SittingId == id).ExecuteDeleteAsync(cancellationToken);
        await db.SittingAttendance.Where(a => a.SittingId == id).ExecuteDeleteAsync(cancellationToken);
        await db.MinutesCorrections.Where(c => c.SittingId == id).ExecuteDeleteAsync(cancellationToken);
        db.SittingAttendance.AddRange(PanelMapper.AttendanceRows(sitting));
        db.AgendaItems.AddRange(PanelMapper.AgendaRows(sitting));
        db.MinutesCorrections.AddRange(PanelMapper.CorrectionRows(sitting));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        sitting.Version = version + 1;
        return SaveOutcome.Saved;
    }

    private static IQueryable<PanelSittingRecord> Sittings(EngineDbContext db) => db.PanelSittings.AsNoTracking().AsSplitQuery()
        .Include(s => s.Attendance).Include(s => s.Agenda).ThenInclude(i => i.Actions).Include(s => s.Corrections);
}
