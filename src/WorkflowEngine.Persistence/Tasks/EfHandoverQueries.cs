using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Tasks;

/// <summary>Hand-overs awaiting acceptance on EF Core; both reads start from the partial index of tasks with a sender.</summary>
internal sealed class EfHandoverQueries(IDbContextFactory<EngineDbContext> contexts, TimeProvider time) : IHandoverQueries
{
    public async Task<IReadOnlyList<InboxItem>> PassedOnAsync(string fromAgency, int take, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fromAgency);
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Awaiting(db).Where(t => t.HandoverFrom == fromAgency).ToListAsync(cancellationToken);
        var page = rows.OrderBy(t => t.DueAt).ThenBy(t => t.Id).Take(take).ToList();
        var caseIds = page.Select(t => t.CaseId).Distinct().ToList();
        var children = (await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).Select(c => new { c.Id, c.ChildJson }).ToListAsync(cancellationToken))
            .ToDictionary(c => c.Id, c => StoredJson.Read<Core.Cases.ChildDetails>(c.ChildJson));
        return [.. page.Select(t => new InboxItem(t.Id, t.CaseId, t.StageKey, t.TaskKey, t.Title, t.Agency, t.Role, t.AssignedTo, t.Status, t.CreatedAt, t.DueAt,
            t.DueAt < now, t.Version, t.Priority, t.EscalationLevel, children.GetValueOrDefault(t.CaseId)?.Name, children.GetValueOrDefault(t.CaseId)?.DateOfBirth, t.HandoverFrom))];
    }

    public async Task<IReadOnlyList<HandoverWaiting>> WaitingByAgencyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Few rows (only tasks awaiting acceptance), so they are grouped here rather than in SQL,
        // which keeps the offered-at minimum the same on both providers.
        var rows = await Awaiting(db).Select(t => new { t.Agency, t.HandoverOfferedAt }).ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.Agency, StringComparer.Ordinal)
            .Select(g => new HandoverWaiting(g.Key, g.Count(), g.Min(r => r.HandoverOfferedAt)))
            .OrderByDescending(w => w.Waiting).ThenBy(w => w.Agency, StringComparer.Ordinal)];
    }

    private static IQueryable<TaskRecord> Awaiting(EngineDbContext db) =>
        db.Tasks.AsNoTracking().Where(t => t.HandoverFrom != null
            && (t.Status == CaseTaskStatus.Open || t.Status == CaseTaskStatus.Claimed || t.Status == CaseTaskStatus.Escalated));
}
