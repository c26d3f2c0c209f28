using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>Case lists on EF Core, untracked, newest first.</summary>
internal sealed class EfCaseQueries(IDbContextFactory<EngineDbContext> contexts) : ICaseQueries
{
    private const int MaxTake = 500;

    public async Task<IReadOnlyList<CaseSummary>> SearchAsync(CaseSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = db.Cases.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search.ChildName))
        {
            var pattern = "%" + search.ChildName.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            cases = cases.Where(c => EF.Functions.Like(c.ChildName, pattern, "\\"));
        }

        if (search.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        if (search.WorkflowKey is { } workflow)
        {
            cases = cases.Where(c => c.WorkflowKey == workflow);
        }

        if (search.StageKey is { } stage)
        {
            cases = cases.Where(c => c.StageKey == stage);
        }

        if (search.ChildId is { } child)
        {
            cases = cases.Where(c => c.ChildId == child);
        }

        if (search.RaisedBy is { } raiser)
        {
            cases = cases.Where(c => c.RecordedBy == raiser);
        }

        if (search.InvolvingAgency is { } agency)
        {
            var marker = "|" + agency + "|";
            cases = cases.Where(c => c.InvolvedAgencies.Contains(marker));
        }

        return await cases
            .OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id)
            .Skip(Math.Max(0, search.Skip))
            .Take(Math.Clamp(search.Take, 1, MaxTake))
            .Select(c => new CaseSummary(c.Id, c.ChildId, c.ChildName, c.WorkflowKey, c.WorkflowVersion, c.StageKey, c.Status, c.OpenedAt, c.ClosedAt, c.ReferrerAgency))
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> IsInvolvedAsync(Guid caseId, string agency, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var marker = "|" + agency + "|";
        return await db.Cases.AnyAsync(c => c.Id == caseId && c.InvolvedAgencies.Contains(marker), cancellationToken);
    }
}
