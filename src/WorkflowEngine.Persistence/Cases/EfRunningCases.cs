using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>Counts open cases by workflow version and stage, for the library and the retire guard.</summary>
internal sealed class EfRunningCases(IDbContextFactory<EngineDbContext> contexts) : IRunningCases
{
    public async Task<IReadOnlyList<RunningCaseCount>> CountAsync(string? workflow = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Open);
        if (workflow is not null)
        {
            open = open.Where(c => c.WorkflowKey == workflow);
        }

        var rows = await open
            .GroupBy(c => new { c.WorkflowKey, c.WorkflowVersion, c.StageKey })
            .Select(g => new { g.Key.WorkflowKey, g.Key.WorkflowVersion, g.Key.StageKey, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows
            .OrderBy(r => r.WorkflowKey, StringComparer.Ordinal).ThenByDescending(r => r.WorkflowVersion).ThenBy(r => r.StageKey, StringComparer.Ordinal)
            .Select(r => new RunningCaseCount(r.WorkflowKey, r.WorkflowVersion, r.StageKey, r.Count))];
    }
}
