using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Persistence.Tasks;

/// <summary>
/// The inbox on EF Core. One compiled, untracked query per status asked for, each walking the
/// (Agency, Status, DueAt) index in due order and stopping after the page; the runs are merged in
/// memory. A single query with <c>Status IN (...)</c> would make SQLite sort every matching row
/// before it could stop, which is slow when an agency holds a year of work.
/// </summary>
internal sealed class EfTaskInbox(IDbContextFactory<EngineDbContext> contexts, TimeProvider time) : ITaskInbox
{
    // Each filter shape must reach SQLite as plain equalities it can match to an index
    // ((Agency, Status, DueAt), (Agency, Role, Status, DueAt), (Agency, AssignedTo, Status, DueAt))
    // and walk in due order. The agency's own inbox is compiled; the role and person shapes are
    // ordinary (cached) queries, because a compiled query cannot know a parameter is not null and
    // compares the nullable Role and AssignedTo columns with IS NULL branches that hide the index.
    private static readonly Func<EngineDbContext, string, CaseTaskStatus, DateTimeOffset, int, IAsyncEnumerable<Row>> ByStatus =
        EF.CompileAsyncQuery((EngineDbContext db, string agency, CaseTaskStatus status, DateTimeOffset dueBefore, int limit) =>
            db.Tasks.AsNoTracking().Where(t => t.Agency == agency && t.Status == status && t.DueAt < dueBefore)
                .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
                .Take(limit)
                .Select(t => new Row(t.Id, t.CaseId, t.StageKey, t.TaskKey, t.Title, t.Agency, t.Role, t.AssignedTo, t.Status, t.CreatedAt, t.DueAt, t.Version)));

    private static IAsyncEnumerable<Row> Filtered(EngineDbContext db, InboxQuery query, CaseTaskStatus status, DateTimeOffset dueBefore, int limit)
    {
        var tasks = db.Tasks.AsNoTracking().Where(t => t.Agency == query.Agency && t.Status == status && t.DueAt < dueBefore);
        if (query.AssignedTo is { } person)
        {
            tasks = tasks.Where(t => t.AssignedTo == person);
        }

        if (query.Role is { } role)
        {
            tasks = tasks.Where(t => t.Role == role);
        }

        return tasks.OrderBy(t => t.DueAt).ThenBy(t => t.Id)
            .Take(limit)
            .Select(t => new Row(t.Id, t.CaseId, t.StageKey, t.TaskKey, t.Title, t.Agency, t.Role, t.AssignedTo, t.Status, t.CreatedAt, t.DueAt, t.Version))
            .AsAsyncEnumerable();
    }

    public async Task<InboxPage> QueryAsync(InboxQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrWhiteSpace(query.Agency, nameof(query));
        ArgumentOutOfRangeException.ThrowIfNegative(query.Skip, nameof(query));
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Take, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Take, InboxQuery.MaxTake, nameof(query));

        var now = time.GetUtcNow();
        var dueBefore = query.OverdueOnly ? now : DateTimeOffset.MaxValue;
        // One more than the page tells whether another page follows.
        var limit = checked(query.Skip + query.Take + 1);
        var rows = new List<Row>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var status in query.EffectiveStatuses)
        {
            var run = query switch
            {
                { AssignedTo: null, Role: null } => ByStatus(db, query.Agency, status, dueBefore, limit),
                _ => Filtered(db, query, status, dueBefore, limit),
            };
            await foreach (var row in run.WithCancellation(cancellationToken))
            {
                rows.Add(row);
            }
        }

        var page = rows
            .OrderBy(r => r.DueAt).ThenBy(r => r.Id)
            .Skip(query.Skip)
            .Take(query.Take + 1)
            .Select(r => r.ToItem(now))
            .ToList();
        var hasMore = page.Count > query.Take;
        if (hasMore)
        {
            page.RemoveAt(page.Count - 1);
        }

        return new InboxPage(page, hasMore);
    }

    private sealed record Row(Guid Id, Guid CaseId, string StageKey, string TaskKey, string Title, string Agency, string? Role,
        string? AssignedTo, CaseTaskStatus Status, DateTimeOffset CreatedAt, DateTimeOffset DueAt, long Version)
    {
        public InboxItem ToItem(DateTimeOffset now) =>
            new(Id, CaseId, StageKey, TaskKey, Title, Agency, Role, AssignedTo, Status, CreatedAt, DueAt, DueAt < now, Version);
    }
}
