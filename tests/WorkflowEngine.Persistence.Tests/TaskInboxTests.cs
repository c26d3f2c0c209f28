using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Persistence.Tests;

/// <summary>The inbox query on a real SQLite file and a real PostgreSQL database, resolved as the host registers it.</summary>
public abstract class TaskInboxTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    private ITaskInbox Inbox => _services.GetRequiredService<ITaskInbox>();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider: provider);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddWorkflowPersistence(o =>
        {
            o.Provider = _database.Provider;
            o.ConnectionString = _database.PostgreSqlConnectionString ?? $"Data Source={_database.FilePath}";
        });
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task An_agencys_active_tasks_come_overdue_first_then_by_due_time()
    {
        await SeedAsync(
            Task("later", "police", Now.AddDays(2)),
            Task("overdue", "police", Now.AddHours(-1), CaseTaskStatus.Escalated),
            Task("soon", "police", Now.AddHours(1), CaseTaskStatus.Claimed, assignedTo: "pc.jones"),
            Task("long-overdue", "police", Now.AddDays(-3)),
            Task("done", "police", Now.AddDays(-5), CaseTaskStatus.Completed),
            Task("cancelled", "police", Now.AddDays(-5), CaseTaskStatus.Cancelled),
            Task("other-agency", "education", Now.AddDays(-9)));

        var page = await Inbox.QueryAsync(new InboxQuery("police"));

        Assert.Equal(["long-overdue", "overdue", "soon", "later"], page.Items.Select(i => i.TaskKey));
        Assert.Equal([true, true, false, false], page.Items.Select(i => i.IsOverdue));
        Assert.False(page.HasMore);
        var soon = page.Items[2];
        Assert.Equal((CaseTaskStatus.Claimed, "pc.jones", Now.AddHours(1), 1L), (soon.Status, soon.AssignedTo, soon.DueAt, soon.Version));
    }

    [Fact]
    public async Task Pages_follow_one_another_without_gaps_across_statuses()
    {
        var tasks = Enumerable.Range(0, 7)
            .Select(i => Task($"t{i}", "police", Now.AddHours(i - 3), i % 2 == 0 ? CaseTaskStatus.Open : CaseTaskStatus.Escalated))
            .ToArray();
        await SeedAsync(tasks);

        var first = await Inbox.QueryAsync(new InboxQuery("police", Take: 3));
        var second = await Inbox.QueryAsync(new InboxQuery("police", Skip: 3, Take: 3));
        var last = await Inbox.QueryAsync(new InboxQuery("police", Skip: 6, Take: 3));

        Assert.Equal(["t0", "t1", "t2"], first.Items.Select(i => i.TaskKey));
        Assert.True(first.HasMore);
        Assert.Equal(["t3", "t4", "t5"], second.Items.Select(i => i.TaskKey));
        Assert.True(second.HasMore);
        Assert.Equal(["t6"], last.Items.Select(i => i.TaskKey));
        Assert.False(last.HasMore);
    }

    [Fact]
    public async Task Role_person_status_and_overdue_filters_narrow_the_inbox()
    {
        await SeedAsync(
            Task("chair-overdue", "police", Now.AddHours(-2), role: "mace-chair"),
            Task("chair-later", "police", Now.AddHours(2), role: "mace-chair", status: CaseTaskStatus.Claimed, assignedTo: "dci.smith"),
            Task("unowned-overdue", "police", Now.AddHours(-1)),
            Task("done", "police", Now.AddHours(-4), CaseTaskStatus.Completed, role: "mace-chair"));

        var byRole = await Inbox.QueryAsync(new InboxQuery("police", Role: "mace-chair"));
        var byPerson = await Inbox.QueryAsync(new InboxQuery("police", AssignedTo: "dci.smith"));
        var overdue = await Inbox.QueryAsync(new InboxQuery("police", OverdueOnly: true));
        var completed = await Inbox.QueryAsync(new InboxQuery("police", Statuses: [CaseTaskStatus.Completed]));

        Assert.Equal(["chair-overdue", "chair-later"], byRole.Items.Select(i => i.TaskKey));
        Assert.Equal(["chair-later"], byPerson.Items.Select(i => i.TaskKey));
        Assert.Equal(["chair-overdue", "unowned-overdue"], overdue.Items.Select(i => i.TaskKey));
        Assert.Equal(["done"], completed.Items.Select(i => i.TaskKey));
    }

    [Fact]
    public async Task A_line_carries_the_priority_and_escalation_level_an_escalation_gave_its_task()
    {
        var escalated = Task("escalated", "police", Now.AddDays(-3), CaseTaskStatus.Escalated);
        escalated.Priority = TaskPriority.High;
        escalated.EscalationLevel = 2;
        escalated.EscalatedAt = Now.AddDays(-1);
        await SeedAsync(escalated, Task("ordinary", "police", Now.AddDays(1)));

        var page = await Inbox.QueryAsync(new InboxQuery("police"));

        Assert.Equal([("escalated", TaskPriority.High, 2), ("ordinary", TaskPriority.Normal, 0)], page.Items.Select(i => (i.TaskKey, i.Priority, i.EscalationLevel)));
    }

    [Theory]
    [InlineData("", 0, 10)]
    [InlineData("police", -1, 10)]
    [InlineData("police", 0, 0)]
    [InlineData("police", 0, InboxQuery.MaxTake + 1)]
    public async Task A_query_without_an_agency_or_with_paging_out_of_range_is_refused(string agency, int skip, int take)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Inbox.QueryAsync(new InboxQuery(agency, Skip: skip, Take: take)));
    }

    [Fact]
    public async Task A_search_by_reference_or_by_any_case_of_the_name_finds_the_childs_tasks()
    {
        var amy = await SeedAsync("Amy Smith", Task("amy", "police", Now.AddHours(1)));
        var jay = await SeedAsync("Jayden O'Neill", Task("jay", "police", Now.AddHours(2)));

        var byReference = await Inbox.QueryAsync(new InboxQuery("police", Search: CaseReference.Of(jay)));
        var byShortReference = await Inbox.QueryAsync(new InboxQuery("police", Search: CaseReference.Of(amy)[5..].ToLowerInvariant()));
        var byName = await Inbox.QueryAsync(new InboxQuery("police", Search: "SMITH amy"));
        var byLowerCase = await Inbox.QueryAsync(new InboxQuery("police", Search: "o'neill"));

        Assert.Equal(["jay"], byReference.Items.Select(i => i.TaskKey));
        Assert.Equal(["amy"], byShortReference.Items.Select(i => i.TaskKey));
        Assert.Equal(["amy"], byName.Items.Select(i => i.TaskKey));
        Assert.Equal(["jay"], byLowerCase.Items.Select(i => i.TaskKey));
        Assert.Equal(1, await Inbox.CountAsync(new InboxQuery("police", Search: CaseReference.Of(jay)), 10));
    }

    [Fact]
    public async Task A_search_word_matches_the_start_of_a_word_of_the_name_whatever_its_case_accents_or_punctuation()
    {
        await SeedAsync("Zoë Mary-Jane Ó Briain", Task("zoe", "police", Now.AddHours(1)));
        await SeedAsync("Amy Smith", Task("amy", "police", Now.AddHours(2)));

        async Task<IReadOnlyList<string>> Found(string search) => [.. (await Inbox.QueryAsync(new InboxQuery("police", Search: search))).Items.Select(i => i.TaskKey)];

        Assert.Equal(["zoe"], await Found("zoe"));
        Assert.Equal(["zoe"], await Found("ZOË briain"));
        Assert.Equal(["zoe"], await Found("mary-jane"));
        Assert.Equal(["zoe"], await Found("jane o bri"));
        Assert.Equal(["amy"], await Found("smi AM"));
        Assert.Empty(await Found("mith"));
        Assert.Empty(await Found("amy jones"));
        Assert.Empty(await Found("' -- %"));
    }

    [Fact]
    public async Task Opening_a_case_stores_the_words_it_is_found_by_and_the_start_up_backfill_restores_them()
    {
        var caseId = await SeedAsync("Kai Ward-Hill", Task("kai", "police", Now.AddHours(1)));

        await using (var db = _database.NewContext())
        {
            var words = await db.CaseSearchWords.Where(w => w.CaseId == caseId).Select(w => w.Word).ToListAsync();
            Assert.Equal(["#" + CaseReference.Of(caseId)[5..].ToLowerInvariant(), "hill", "kai", "ward"], words.Order(StringComparer.Ordinal));
            // A case opened before the word index: the start-up backfill gives it its words.
            using (await _database.Writes.EnterAsync(CancellationToken.None))
            {
                await db.CaseSearchWords.Where(w => w.CaseId == caseId).ExecuteDeleteAsync();
            }
        }

        Assert.Empty((await Inbox.QueryAsync(new InboxQuery("police", Search: "kai"))).Items);
        await _services.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);

        Assert.Equal(["kai"], (await Inbox.QueryAsync(new InboxQuery("police", Search: "ward kai"))).Items.Select(i => i.TaskKey));
        Assert.Equal(["kai"], (await Inbox.QueryAsync(new InboxQuery("police", Search: CaseReference.Of(caseId)))).Items.Select(i => i.TaskKey));
    }

    private static CaseTask Task(string key, string agency, DateTimeOffset due, CaseTaskStatus status = CaseTaskStatus.Open, string? role = null, string? assignedTo = null) => new()
    {
        Id = Guid.NewGuid(),
        CaseId = Guid.Empty,
        StageKey = "triage",
        StageVisit = 1,
        TaskKey = key,
        Title = $"Do {key}",
        Agency = agency,
        Role = role,
        AssignedTo = assignedTo,
        Status = status,
        CreatedAt = Now.AddDays(-10),
        DueAt = due,
        Version = 1,
    };

    private Task<Guid> SeedAsync(params CaseTask[] tasks) => SeedAsync(null, tasks);

    private async Task<Guid> SeedAsync(string? childName, params CaseTask[] tasks)
    {
        var @case = SampleCases.NewCase();
        if (childName is not null)
        {
            @case = new CaseState
            {
                Id = @case.Id, ChildId = @case.ChildId, WorkflowKey = @case.WorkflowKey, WorkflowVersion = @case.WorkflowVersion, StageKey = @case.StageKey,
                StageEnteredAt = @case.StageEnteredAt, StageVisit = @case.StageVisit, OpenedAt = @case.OpenedAt,
                Child = @case.Child with { Name = childName }, Contact = @case.Contact, Facts = @case.Facts,
            };
        }

        var change = SampleCases.Opening(@case, taskCount: 0);
        foreach (var template in tasks)
        {
            var task = new CaseTask
            {
                Id = template.Id,
                CaseId = @case.Id,
                StageKey = template.StageKey,
                StageVisit = template.StageVisit,
                TaskKey = template.TaskKey,
                Title = template.Title,
                Agency = template.Agency,
                Role = template.Role,
                AssignedTo = template.AssignedTo,
                Status = template.Status,
                CreatedAt = template.CreatedAt,
                DueAt = template.DueAt,
                Version = template.Version,
                Priority = template.Priority,
                EscalationLevel = template.EscalationLevel,
                EscalatedAt = template.EscalatedAt,
            };
            @case.Tasks.Add(task);
            change.AddedTasks.Add(task);
        }

        Assert.Equal(SaveOutcome.Saved, await _database.Cases.SaveAsync([change]));
        return @case.Id;
    }

    public sealed class OnSqlite() : TaskInboxTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : TaskInboxTests(DatabaseProvider.PostgreSql);
}
