using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Persistence.Tests;

/// <summary>The inbox's filters, search, order and counts on a real SQLite file, and the index each one walks.</summary>
public sealed class TaskInboxFilterTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private readonly RecordedCommands _recorded = new();
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    private ITaskInbox Inbox => _services.GetRequiredService<ITaskInbox>();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddSingleton<IInterceptor>(_recorded);
        services.AddWorkflowPersistence(o => o.ConnectionString = $"Data Source={_database.FilePath}");
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Task_stage_priority_and_unassigned_filters_narrow_the_inbox()
    {
        await SeedAsync("Amy Smith",
            Task("decide", "front-door", Now.AddHours(1)),
            Task("decide", "front-door", Now.AddHours(2), assignedTo: "sw.khan"),
            Task("screen", "screening", Now.AddHours(3), priority: TaskPriority.High),
            Task("screen", "screening", Now.AddHours(4)));

        var byTask = await Inbox.QueryAsync(new InboxQuery("police", TaskKeys: ["decide"]));
        var byStage = await Inbox.QueryAsync(new InboxQuery("police", TaskKeys: ["screen"], StageKey: "screening"));
        var high = await Inbox.QueryAsync(new InboxQuery("police", Priority: TaskPriority.High));
        var normal = await Inbox.QueryAsync(new InboxQuery("police", Priority: TaskPriority.Normal));
        var unassigned = await Inbox.QueryAsync(new InboxQuery("police", UnassignedOnly: true, TaskKeys: ["decide"]));

        Assert.Equal([Now.AddHours(1), Now.AddHours(2)], byTask.Items.Select(i => i.DueAt));
        Assert.Equal([Now.AddHours(3), Now.AddHours(4)], byStage.Items.Select(i => i.DueAt));
        Assert.Equal([Now.AddHours(3)], high.Items.Select(i => i.DueAt));
        Assert.Equal(3, normal.Items.Count);
        Assert.Equal([Now.AddHours(1)], unassigned.Items.Select(i => i.DueAt));
    }

    [Fact]
    public async Task Due_from_and_before_keep_the_tasks_due_in_between()
    {
        await SeedAsync("Amy Smith",
            Task("late", "s", Now.AddHours(-1)),
            Task("today", "s", Now.AddHours(3)),
            Task("this-week", "s", Now.AddDays(3)),
            Task("next-month", "s", Now.AddDays(30)));

        var today = await Inbox.QueryAsync(new InboxQuery("police", DueFrom: Now, DueBefore: Now.AddHours(6)));
        var week = await Inbox.QueryAsync(new InboxQuery("police", DueFrom: Now, DueBefore: Now.AddDays(5)));

        Assert.Equal(["today"], today.Items.Select(i => i.TaskKey));
        Assert.Equal(["today", "this-week"], week.Items.Select(i => i.TaskKey));
    }

    [Fact]
    public async Task High_priority_comes_first_when_asked_and_pages_follow_on()
    {
        await SeedAsync("Amy Smith",
            Task("n1", "s", Now.AddHours(-5)),
            Task("h1", "s", Now.AddHours(4), priority: TaskPriority.High, status: CaseTaskStatus.Escalated),
            Task("n2", "s", Now.AddHours(1)),
            Task("h2", "s", Now.AddHours(5), priority: TaskPriority.High));

        var first = await Inbox.QueryAsync(new InboxQuery("police", Order: InboxOrder.Priority, Take: 3));
        var second = await Inbox.QueryAsync(new InboxQuery("police", Order: InboxOrder.Priority, Skip: 3, Take: 3));

        Assert.Equal(["h1", "h2", "n1"], first.Items.Select(i => i.TaskKey));
        Assert.True(first.HasMore);
        Assert.Equal(["n2"], second.Items.Select(i => i.TaskKey));
    }

    [Fact]
    public async Task A_search_finds_a_childs_tasks_by_the_start_of_any_word_of_the_name_or_by_case_reference()
    {
        var amy = await SeedAsync("Amy Smith", Task("a", "s", Now.AddHours(1)));
        var jayden = await SeedAsync("Jayden O'Neill", Task("j", "s", Now.AddHours(2)));

        var byFirstName = await Inbox.QueryAsync(new InboxQuery("police", Search: "jay"));
        var bySurname = await Inbox.QueryAsync(new InboxQuery("police", Search: "SMITH"));
        var byBoth = await Inbox.QueryAsync(new InboxQuery("police", Search: "amy smi"));
        var byReference = await Inbox.QueryAsync(new InboxQuery("police", Search: CaseReference.Of(jayden)));
        var byShortReference = await Inbox.QueryAsync(new InboxQuery("police", Search: CaseReference.Of(amy)[5..].ToLowerInvariant()));
        var nobody = await Inbox.QueryAsync(new InboxQuery("police", Search: "100%"));

        Assert.Equal(["j"], byFirstName.Items.Select(i => i.TaskKey));
        Assert.Equal(["a"], bySurname.Items.Select(i => i.TaskKey));
        Assert.Equal(["a"], byBoth.Items.Select(i => i.TaskKey));
        Assert.Equal(["j"], byReference.Items.Select(i => i.TaskKey));
        Assert.Equal(["a"], byShortReference.Items.Select(i => i.TaskKey));
        Assert.Empty(nobody.Items);
    }

    [Fact]
    public async Task A_search_with_high_priority_first_finds_a_high_priority_task_due_after_the_page()
    {
        await SeedAsync("Amy Smith",
            Task("n1", "s", Now.AddHours(1)),
            Task("n2", "s", Now.AddHours(2), status: CaseTaskStatus.Claimed, assignedTo: "pc.jones"),
            Task("h1", "s", Now.AddHours(3), priority: TaskPriority.High, status: CaseTaskStatus.Escalated));

        var first = await Inbox.QueryAsync(new InboxQuery("police", Search: "amy", Order: InboxOrder.Priority, Take: 1));
        var byDue = await Inbox.QueryAsync(new InboxQuery("police", Search: "amy"));

        Assert.Equal(["h1"], first.Items.Select(i => i.TaskKey));
        Assert.True(first.HasMore);
        Assert.Equal(["n1", "n2", "h1"], byDue.Items.Select(i => i.TaskKey));
        Assert.Equal(3, await Inbox.CountAsync(new InboxQuery("police", Search: "amy"), 10));
    }

    [Fact]
    public async Task A_line_names_the_child_and_gives_their_date_of_birth()
    {
        await SeedAsync("Amy Smith", Task("a", "s", Now.AddHours(1)));

        var line = Assert.Single((await Inbox.QueryAsync(new InboxQuery("police"))).Items);

        Assert.Equal(("Amy Smith", new DateOnly(2011, 5, 17)), (line.ChildName, line.ChildDateOfBirth));
    }

    [Fact]
    public async Task A_count_stops_at_its_cap_and_respects_the_filters()
    {
        await SeedAsync("Amy Smith", [.. Enumerable.Range(0, 6).Select(i => Task($"t{i}", "s", Now.AddHours(i), assignedTo: i < 2 ? "pc.jones" : null))]);

        Assert.Equal(6, await Inbox.CountAsync(new InboxQuery("police"), 100));
        Assert.Equal(4, await Inbox.CountAsync(new InboxQuery("police"), 4));
        Assert.Equal(2, await Inbox.CountAsync(new InboxQuery("police", AssignedTo: "pc.jones"), 100));
        Assert.Equal(0, await Inbox.CountAsync(new InboxQuery("police", Search: "nobody"), 100));
    }

    [Fact]
    public async Task Every_filter_and_order_walks_an_index_of_the_tasks_and_never_the_table()
    {
        await SeedAsync("Amy Smith", Task("decide", "front-door", Now.AddHours(1), priority: TaskPriority.High));
        InboxQuery[] shapes =
        [
            new("police"),
            new("police", OverdueOnly: true),
            new("police", AssignedTo: "pc.jones"),
            new("police", UnassignedOnly: true),
            new("police", Role: "mace-chair"),
            new("police", TaskKeys: ["decide", "screen"], StageKey: "front-door"),
            new("police", Priority: TaskPriority.High),
            new("police", Priority: TaskPriority.Normal),
            new("police", Order: InboxOrder.Priority),
            new("police", DueFrom: Now, DueBefore: Now.AddDays(2)),
            new("police", Search: "amy"),
            new("police", Search: "amy smi"),
            new("police", Search: "CASE-0000ABCD"),
        ];

        foreach (var shape in shapes)
        {
            _recorded.Reset();
            await Inbox.QueryAsync(shape);
            await Inbox.CountAsync(shape, 10);
            foreach (var (sql, parameters) in _recorded.Commands)
            {
                var plan = await PlanAsync(sql, parameters);
                Console.WriteLine($"inbox plan: {Array.IndexOf(shapes, shape)} => {string.Join(" | ", plan)}");
                // A search reads a range of the search-word index, never every case; nothing reads a whole table.
                Assert.All(plan.Where(l => l.StartsWith("SCAN Tasks", StringComparison.Ordinal) || l.StartsWith("SCAN Cases", StringComparison.Ordinal)), l => Assert.Contains("INDEX", l, StringComparison.Ordinal));
                Assert.DoesNotContain(plan, l => l.StartsWith("SCAN Cases", StringComparison.Ordinal) || l.StartsWith("SCAN CaseSearchWords", StringComparison.Ordinal));
                if (sql.Contains("FROM \"CaseSearchWords\"", StringComparison.Ordinal))
                {
                    // Each word a range (or, for the words after the first, a key lookup) of an index of the words.
                    Assert.All(plan.Where(l => !l.StartsWith("USE TEMP B-TREE FOR DISTINCT", StringComparison.Ordinal) && !l.Contains("SUBQUERY", StringComparison.Ordinal)),
                        l => Assert.Matches("^SEARCH \\w+( EXISTS)? USING (COVERING INDEX|PRIMARY KEY|INDEX)", l));
                }
                Assert.All(plan.Where(l => l.StartsWith("SEARCH Tasks", StringComparison.Ordinal)), l => Assert.Contains(" INDEX ", l, StringComparison.Ordinal));
                if (shape.Search is null)
                {
                    // Walking the index in due order is what lets a run stop after the page (ties on the due time are sorted by id, which is cheap).
                    Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal));
                    // Each walk reads one priority class: the priority is an equality on the index, not a check on every row passed.
                    Assert.All(plan.Where(l => l.StartsWith("SEARCH Tasks", StringComparison.Ordinal)), l => Assert.Contains("Priority=?", l, StringComparison.Ordinal));
                    if (sql.Contains("COUNT(*)", StringComparison.Ordinal) && shape.StageKey is null)
                    {
                        // A tab's count reads the index alone, never the rows it counts.
                        Assert.All(plan.Where(l => l.StartsWith("SEARCH Tasks", StringComparison.Ordinal)), l => Assert.Contains("COVERING INDEX", l, StringComparison.Ordinal));
                    }
                }
            }
        }
    }

    private async Task<IReadOnlyList<string>> PlanAsync(string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.FilePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }

        return lines;
    }

    private static CaseTask Task(string key, string stage, DateTimeOffset due, CaseTaskStatus status = CaseTaskStatus.Open, string? assignedTo = null,
        TaskPriority priority = TaskPriority.Normal) => new()
    {
        Id = Guid.NewGuid(),
        CaseId = Guid.Empty,
        StageKey = stage,
        StageVisit = 1,
        TaskKey = key,
        Title = $"Do {key}",
        Agency = "police",
        AssignedTo = assignedTo,
        Status = assignedTo is not null && status == CaseTaskStatus.Open ? CaseTaskStatus.Claimed : status,
        CreatedAt = Now.AddDays(-1),
        DueAt = due,
        Version = 1,
        Priority = priority,
    };

    private async Task<Guid> SeedAsync(string childName, params CaseTask[] tasks)
    {
        var template = SampleCases.NewCase();
        var @case = new CaseState
        {
            Id = template.Id,
            ChildId = template.ChildId,
            WorkflowKey = template.WorkflowKey,
            WorkflowVersion = template.WorkflowVersion,
            StageKey = template.StageKey,
            StageEnteredAt = template.StageEnteredAt,
            StageVisit = template.StageVisit,
            OpenedAt = template.OpenedAt,
            Child = template.Child with { Name = childName },
            Contact = template.Contact,
            Facts = template.Facts,
        };
        var change = SampleCases.Opening(@case, taskCount: 0);
        foreach (var t in tasks)
        {
            var task = new CaseTask
            {
                Id = t.Id, CaseId = @case.Id, StageKey = t.StageKey, StageVisit = t.StageVisit, TaskKey = t.TaskKey, Title = t.Title, Agency = t.Agency,
                AssignedTo = t.AssignedTo, Status = t.Status, CreatedAt = t.CreatedAt, DueAt = t.DueAt, Version = t.Version, Priority = t.Priority,
            };
            @case.Tasks.Add(task);
            change.AddedTasks.Add(task);
        }

        Assert.Equal(SaveOutcome.Saved, await _database.Cases.SaveAsync([change]));
        return @case.Id;
    }
}
