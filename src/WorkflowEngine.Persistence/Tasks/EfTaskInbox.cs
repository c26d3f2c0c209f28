using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Tasks;

/// <summary>
/// The inbox on EF Core. One untracked query per status, priority (and task key) asked for, each
/// walking an index in due order and stopping after the page (<see cref="InboxRun"/>); the runs are
/// merged in memory. A single query with <c>Status IN (...)</c> would make SQLite sort every
/// matching row before it could stop, which is slow when an agency holds a year of work.
/// </summary>
internal sealed class EfTaskInbox(IDbContextFactory<EngineDbContext> contexts, TimeProvider time) : ITaskInbox
{
    public async Task<InboxPage> QueryAsync(InboxQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrWhiteSpace(query.Agency, nameof(query));
        ArgumentOutOfRangeException.ThrowIfNegative(query.Skip, nameof(query));
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Take, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Take, InboxQuery.MaxTake, nameof(query));

        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var caseIds = string.IsNullOrWhiteSpace(query.Search) ? null : await InboxSearch.CaseIdsAsync(db, query.Search, cancellationToken);
        if (caseIds is { Count: 0 })
        {
            return new InboxPage([], false);
        }

        // One more than the page tells whether another page follows.
        var limit = checked(query.Skip + query.Take + 1);
        // All the walks go as one statement (UNION ALL of one limited walk each): a statement's own
        // cost in EF and SQLite was as much as a short walk's, and a page needs six walks or more.
        var rows = await InboxRun.For(query, caseIds is not null)
            .Select(run => Filter(db, query, run, caseIds, now).OrderBy(t => t.DueAt).ThenBy(t => t.Id).Take(limit))
            .Aggregate((all, next) => all.Concat(next))
            .Select(t => new Row(t.Id, t.CaseId, t.StageKey, t.TaskKey, t.Title, t.Agency, t.Role, t.AssignedTo, t.Status, t.CreatedAt, t.DueAt, t.Version,
                t.Priority, t.EscalationLevel, t.HandoverFrom))
            .ToListAsync(cancellationToken);

        var ordered = query.Order == InboxOrder.Priority
            ? rows.OrderByDescending(r => r.Priority).ThenBy(r => r.DueAt).ThenBy(r => r.Id)
            : rows.OrderBy(r => r.DueAt).ThenBy(r => r.Id);
        var page = ordered.Skip(query.Skip).Take(query.Take + 1).ToList();
        var hasMore = page.Count > query.Take;
        if (hasMore)
        {
            page.RemoveAt(page.Count - 1);
        }

        var children = await ChildrenAsync(db, page.Select(r => r.CaseId).Distinct().ToList(), cancellationToken);
        return new InboxPage([.. page.Select(r => r.ToItem(now, children.GetValueOrDefault(r.CaseId)))], hasMore);
    }

    public async Task<int> CountAsync(InboxQuery query, int cap, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrWhiteSpace(query.Agency, nameof(query));
        ArgumentOutOfRangeException.ThrowIfLessThan(cap, 1);

        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var caseIds = string.IsNullOrWhiteSpace(query.Search) ? null : await InboxSearch.CaseIdsAsync(db, query.Search, cancellationToken);
        if (caseIds is { Count: 0 })
        {
            return 0;
        }

        // One statement: each walk counts no further than the cap, in its index's own order (a row
        // limit without an order is one EF warns of on every inbox view). No tie-break by id: the
        // id is not in the index, and reading it from every counted row made a count of 1,000 cost
        // more than the page itself.
        var count = await InboxRun.For(query, caseIds is not null)
            .Select(run => Filter(db, query, run, caseIds, now).OrderBy(t => t.DueAt).Take(cap).Select(t => t.Id))
            .Aggregate((all, next) => all.Concat(next))
            .CountAsync(cancellationToken);
        return Math.Min(count, cap);
    }

    /// <summary>
    /// Which index each filter shape walks. On SQLite the query names it (<c>INDEXED BY</c>): with
    /// statistics from ANALYZE the planner picked the (Agency, Status, DueAt) index for one person's
    /// open tasks and read every open task of the agency to find none (the measurement is in
    /// docs/performance.md). The most selective filter given picks the index; the others are checked
    /// on the rows it finds.
    /// </summary>
    private static IQueryable<TaskRecord> Source(EngineDbContext db, InboxQuery query, InboxRun run, bool bySearch)
    {
        if (!db.Database.IsSqlite())
        {
            return db.Tasks;
        }

        // Each statement is a constant: nothing the user typed reaches the SQL text.
        return bySearch ? db.Tasks.FromSqlRaw("SELECT * FROM \"Tasks\" INDEXED BY \"" + TaskIndexes.ByCase + "\"")
            : query.AssignedTo is not null || query.UnassignedOnly ? db.Tasks.FromSqlRaw("SELECT * FROM \"Tasks\" INDEXED BY \"" + TaskIndexes.ByPerson + "\"")
            : query.Role is not null ? db.Tasks.FromSqlRaw("SELECT * FROM \"Tasks\" INDEXED BY \"" + TaskIndexes.ByRole + "\"")
            : run.TaskKey is not null ? db.Tasks.FromSqlRaw("SELECT * FROM \"Tasks\" INDEXED BY \"" + TaskIndexes.ByTask + "\"")
            : db.Tasks.FromSqlRaw("SELECT * FROM \"Tasks\" INDEXED BY \"" + TaskIndexes.ByAgency + "\"");
    }

    private static IQueryable<TaskRecord> Filter(EngineDbContext db, InboxQuery query, InboxRun run, IReadOnlyList<Guid>? caseIds, DateTimeOffset now)
    {
        // Every filter reaches SQL as a plain equality or range (never an optional-parameter branch) so it matches the index.
        var tasks = Source(db, query, run, caseIds is not null).AsNoTracking().Where(t => t.Agency == query.Agency);
        if (run.Status is { } status)
        {
            tasks = tasks.Where(t => t.Status == status);
        }
        else
        {
            var statuses = query.EffectiveStatuses;
            tasks = tasks.Where(t => statuses.Contains(t.Status));
        }

        if (run.Priority is { } priority)
        {
            tasks = tasks.Where(t => t.Priority == priority);
        }

        var dueBefore = query.OverdueOnly ? now : query.DueBefore;
        if (query.DueBefore is { } before && dueBefore > before)
        {
            dueBefore = before;
        }

        if (dueBefore is { } end)
        {
            tasks = tasks.Where(t => t.DueAt < end);
        }

        if (query.DueFrom is { } start)
        {
            tasks = tasks.Where(t => t.DueAt >= start);
        }

        if (query.AssignedTo is { } person)
        {
            tasks = tasks.Where(t => t.AssignedTo == person);
        }
        else if (query.UnassignedOnly)
        {
            tasks = tasks.Where(t => t.AssignedTo == null);
        }

        if (query.Role is { } role)
        {
            tasks = tasks.Where(t => t.Role == role);
        }

        if (run.TaskKey is { } taskKey)
        {
            tasks = tasks.Where(t => t.TaskKey == taskKey);
        }

        if (query.StageKey is { } stage)
        {
            tasks = tasks.Where(t => t.StageKey == stage);
        }

        if (caseIds is not null)
        {
            tasks = tasks.Where(t => caseIds.Contains(t.CaseId));
        }

        return tasks;
    }

    // The child of each case on the page, read by primary key: at most a page of rows.
    private static async Task<Dictionary<Guid, ChildDetails>> ChildrenAsync(EngineDbContext db, List<Guid> caseIds, CancellationToken cancellationToken)
    {
        if (caseIds.Count == 0)
        {
            return [];
        }

        var rows = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).Select(c => new { c.Id, c.ChildJson }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => StoredJson.Read<ChildDetails>(r.ChildJson));
    }

    private sealed record Row(Guid Id, Guid CaseId, string StageKey, string TaskKey, string Title, string Agency, string? Role,
        string? AssignedTo, CaseTaskStatus Status, DateTimeOffset CreatedAt, DateTimeOffset DueAt, long Version, TaskPriority Priority, int EscalationLevel, string? HandoverFrom)
    {
        public InboxItem ToItem(DateTimeOffset now, ChildDetails? child) =>
            new(Id, CaseId, StageKey, TaskKey, Title, Agency, Role, AssignedTo, Status, CreatedAt, DueAt, DueAt < now, Version, Priority, EscalationLevel,
                child?.Name, child?.DateOfBirth, HandoverFrom);
    }
}
