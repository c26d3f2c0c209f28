using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Persistence.Tasks;

/// <summary>
/// The inbox on EF Core. One untracked query per status asked for, each walking an index in due
/// order and stopping after the page; the runs are merged in memory. A single query with
/// <c>Status IN (...)</c> would make SQLite sort every matching row before it could stop, which is
/// slow when an agency holds a year of work.
/// </summary>
internal sealed class EfTaskInbox(IDbContextFactory<EngineDbContext> contexts, TimeProvider time) : ITaskInbox
{
    /// <summary>
    /// Which index each filter shape walks. On SQLite the query names it (<c>INDEXED BY</c>): with
    /// statistics from ANALYZE the planner picked the (Agency, Status, DueAt) index for one person's
    /// open tasks and read every open task of the agency to find none (the measurement is in
    /// docs/performance.md).
    /// </summary>
    private static IQueryable<TaskRecord> Source(EngineDbContext db, InboxQuery query)
    {
        if (!db.Database.IsSqlite())
        {
            return db.Tasks;
        }

        return query switch
        {
            { AssignedTo: not null } => db.Tasks.FromSqlRaw("SELECT * FROM \"Tasks\" INDEXED BY \"" + TaskIndexes.ByPerson + "\""),
            { Role: not null } => db.Tasks.FromSqlRaw("SELECT * FROM \"Tasks\" INDEXED BY \"" + TaskIndexes.ByRole + "\""),
            _ => db.Tasks.FromSqlRaw("SELECT * FROM \"Tasks\" INDEXED BY \"" + TaskIndexes.ByAgency + "\""),
        };
    }

    private static IAsyncEnumerable<Row> Run(EngineDbContext db, InboxQuery query, CaseTaskStatus status, DateTimeOffset dueBefore, int limit)
    {
        // Every filter reaches SQL as a plain equality (never an IS NULL branch) so it matches the index.
        var tasks = Source(db, query).AsNoTracking().Where(t => t.Agency == query.Agency && t.Status == status && t.DueAt < dueBefore);
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
            .Select(t => new Row(t.Id, t.CaseId, t.StageKey, t.TaskKey, t.Title, t.Agency, t.Role, t.AssignedTo, t.Status, t.CreatedAt, t.DueAt, t.Version,
                t.Priority, t.EscalationLevel))
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
            await foreach (var row in Run(db, query, status, dueBefore, limit).WithCancellation(cancellationToken))
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
        string? AssignedTo, CaseTaskStatus Status, DateTimeOffset CreatedAt, DateTimeOffset DueAt, long Version, TaskPriority Priority, int EscalationLevel)
    {
        public InboxItem ToItem(DateTimeOffset now) =>
            new(Id, CaseId, StageKey, TaskKey, Title, Agency, Role, AssignedTo, Status, CreatedAt, DueAt, DueAt < now, Version, Priority, EscalationLevel);
    }
}
