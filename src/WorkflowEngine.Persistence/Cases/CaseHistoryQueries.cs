using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Persistence.Journal;
using WorkflowEngine.Persistence.Tasks;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// The case reads outside a command, the same on both providers through EF Core: a case's journal
/// and the cases about one child.
/// </summary>
internal static class CaseHistoryQueries
{
    public static async Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(IDbContextFactory<EngineDbContext> contexts, Guid caseId, CancellationToken cancellationToken)
    {        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Journal.AsNoTracking()
            .Where(j => j.CaseId == caseId)
            .OrderBy(j => j.Sequence)
            .ToListAsync(cancellationToken);
        return [.. records.Select(JournalMapper.ToModel)];
    }

    public static async Task<IReadOnlyList<CaseState>> ListByChildAsync(IDbContextFactory<EngineDbContext> contexts, Guid childId, CancellationToken cancellationToken)
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
