using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Migration;

namespace WorkflowEngine.Persistence.CaseMigration;

/// <summary>The open cases of a workflow version a migration may move (served by the workflow/version index).</summary>
internal sealed class EfMigrationCandidates(IDbContextFactory<EngineDbContext> contexts) : IMigrationCandidates
{
    public async Task<IReadOnlyList<Guid>> ListAsync(string workflowKey, int version, IReadOnlyCollection<string> stages, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = db.Cases.AsNoTracking().Where(c => c.WorkflowKey == workflowKey && c.WorkflowVersion == version && c.Status == CaseStatus.Open);
        if (stages.Count > 0)
        {
            cases = cases.Where(c => stages.Contains(c.StageKey));
        }

        return await cases.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
    }
}
