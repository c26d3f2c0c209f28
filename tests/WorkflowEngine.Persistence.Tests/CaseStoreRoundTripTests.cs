using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Persistence.Tests;

public abstract class CaseStoreRoundTripTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync(provider: provider);

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_saved_case_loads_back_with_every_field()
    {
        var parent = SampleCases.NewCase();
        await _db.Cases.SaveAsync([SampleCases.Opening(parent)]);
        var @case = SampleCases.NewCase(parent.ChildId);
        var opening = SampleCases.Opening(@case, taskCount: 0);
        var closedAt = SampleCases.Opened.AddDays(3).AddTicks(7);
        var stored = new CaseState
        {
            Id = @case.Id,
            ChildId = parent.ChildId,
            ParentCaseId = parent.Id,
            WorkflowKey = "missing-episode",
            WorkflowVersion = 4,
            StageKey = "closed",
            StageEnteredAt = SampleCases.Opened.AddHours(5).ToOffset(TimeSpan.FromHours(1)),
            StageVisit = 2,
            Status = CaseStatus.Closed,
            ClosureReason = "closed",
            OpenedAt = SampleCases.Opened,
            ClosedAt = closedAt,
            Child = new ChildDetails("Zoë O'Brien", new DateOnly(2010, 2, 28), "P-99"),
            Contact = new ContactDetails("Ms Patel", "school", "Absent for 3 weeks & \"scared\".", Urgent: false),
            Facts = new JsonObject { ["riskLevel"] = "significant", ["nested"] = new JsonObject { ["ok"] = true, ["n"] = 1.25 } },
            Version = 7,
            JournalSequence = @case.JournalSequence,
            JournalHead = @case.JournalHead,
        };
        var task = new CaseTask
        {
            Id = Guid.NewGuid(),
            CaseId = stored.Id,
            StageKey = "assess",
            StageVisit = 2,
            TaskKey = "home-visit",
            Title = "Visit the family at home",
            Agency = "childrens-social-care",
            Role = "social-worker",
            AssignedTo = "bob",
            Status = CaseTaskStatus.Completed,
            CreatedAt = SampleCases.Opened.AddTicks(1),
            DueAt = SampleCases.Opened.AddDays(2).AddTicks(3),
            ClosedAt = closedAt,
            ClosedBy = "bob",
            Outcome = "concerns-confirmed",
            Data = new JsonObject { ["notes"] = "Seen alone", ["siblings"] = 2 },
            Reason = "Reassigned: sickness",
            Version = 5,
        };
        var change = new CaseChangeSet { Case = stored, IsNew = true, ExpectedVersion = 0 };
        change.AddedTasks.Add(task);
        change.Journal.AddRange(opening.Journal);

        Assert.Equal(SaveOutcome.Saved, await _db.Cases.SaveAsync([change]));
        var loaded = await _db.Cases.LoadAsync(stored.Id);

        Assert.NotNull(loaded);
        Assert.Equal(stored.Id, loaded.Id);
        Assert.Equal(stored.ChildId, loaded.ChildId);
        Assert.Equal(parent.Id, loaded.ParentCaseId);
        Assert.Equal("missing-episode", loaded.WorkflowKey);
        Assert.Equal(4, loaded.WorkflowVersion);
        Assert.Equal("closed", loaded.StageKey);
        Assert.Equal(stored.StageEnteredAt.UtcTicks, loaded.StageEnteredAt.UtcTicks);
        Assert.Equal(2, loaded.StageVisit);
        Assert.Equal(CaseStatus.Closed, loaded.Status);
        Assert.Equal("closed", loaded.ClosureReason);
        Assert.Equal(SampleCases.Opened.UtcTicks, loaded.OpenedAt.UtcTicks);
        Assert.Equal(closedAt.UtcTicks, loaded.ClosedAt!.Value.UtcTicks);
        Assert.Equal(stored.Child, loaded.Child);
        Assert.Equal(stored.Contact, loaded.Contact);
        if (provider == DatabaseProvider.Sqlite)
        {
            Assert.Equal(stored.Facts.ToJsonString(), loaded.Facts.ToJsonString());
        }
        else
        {
            // jsonb keeps the facts, not the order they were written in.
            Assert.True(JsonNode.DeepEquals(stored.Facts, loaded.Facts), loaded.Facts.ToJsonString());
        }

        Assert.Equal(7, loaded.Version);
        Assert.Equal(stored.JournalSequence, loaded.JournalSequence);
        Assert.Equal(stored.JournalHead, loaded.JournalHead);

        var loadedTask = Assert.Single(loaded.Tasks);
        Assert.Equal(task.Id, loadedTask.Id);
        Assert.Equal(stored.Id, loadedTask.CaseId);
        Assert.Equal("assess", loadedTask.StageKey);
        Assert.Equal(2, loadedTask.StageVisit);
        Assert.Equal("home-visit", loadedTask.TaskKey);
        Assert.Equal("Visit the family at home", loadedTask.Title);
        Assert.Equal("childrens-social-care", loadedTask.Agency);
        Assert.Equal("social-worker", loadedTask.Role);
        Assert.Equal("bob", loadedTask.AssignedTo);
        Assert.Equal(CaseTaskStatus.Completed, loadedTask.Status);
        Assert.Equal(task.CreatedAt.UtcTicks, loadedTask.CreatedAt.UtcTicks);
        Assert.Equal(task.DueAt.UtcTicks, loadedTask.DueAt.UtcTicks);
        Assert.Equal(closedAt.UtcTicks, loadedTask.ClosedAt!.Value.UtcTicks);
        Assert.Equal("bob", loadedTask.ClosedBy);
        Assert.Equal("concerns-confirmed", loadedTask.Outcome);
        Assert.Equal(task.Data!.ToJsonString(), loadedTask.Data!.ToJsonString());
        Assert.Equal("Reassigned: sickness", loadedTask.Reason);
        Assert.Equal(5, loadedTask.Version);
    }

    [Fact]
    public async Task Times_come_back_as_the_same_instant_in_utc()
    {
        var @case = SampleCases.NewCase(openedAt: new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.FromHours(1)).AddTicks(9));
        await _db.Cases.SaveAsync([SampleCases.Opening(@case)]);

        var loaded = await _db.Cases.LoadAsync(@case.Id);

        Assert.Equal(@case.OpenedAt, loaded!.OpenedAt);
        Assert.Equal(TimeSpan.Zero, loaded.OpenedAt.Offset);
    }

    [Fact]
    public async Task An_unknown_case_loads_as_null()
    {
        Assert.Null(await _db.Cases.LoadAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task Loading_a_case_returns_its_tasks_in_the_order_they_were_created_then_by_key()
    {
        var @case = SampleCases.NewCase();
        await _db.Cases.SaveAsync([SampleCases.Opening(@case, taskCount: 12)]);

        var loaded = await _db.Cases.LoadAsync(@case.Id);

        // All twelve were created at the same instant on the same visit: the key decides (ordinal).
        var expected = Enumerable.Range(0, 12).Select(i => $"task-{i}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, loaded!.Tasks.Select(t => t.TaskKey));
        Assert.Null(await _db.Cases.LoadAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task A_command_updates_the_case_and_its_tasks_and_appends_to_the_journal()
    {
        var @case = SampleCases.NewCase();
        await _db.Cases.SaveAsync([SampleCases.Opening(@case, taskCount: 2)]);
        var loaded = (await _db.Cases.LoadAsync(@case.Id))!;

        var change = SampleCases.Command(loaded);
        loaded.StageKey = "assess";
        loaded.Facts["riskLevel"] = "emerging";
        SampleCases.Modify(change, loaded.Tasks[0], t => { t.Status = CaseTaskStatus.Claimed; t.AssignedTo = "alice"; });
        var added = SampleCases.NewTask(loaded, "strategy-meeting");
        change.AddedTasks.Add(added);

        Assert.Equal(SaveOutcome.Saved, await _db.Cases.SaveAsync([change]));
        var reloaded = (await _db.Cases.LoadAsync(@case.Id))!;

        Assert.Equal(2, reloaded.Version);
        Assert.Equal("assess", reloaded.StageKey);
        Assert.Equal("emerging", reloaded.Facts["riskLevel"]!.GetValue<string>());
        var claimed = reloaded.Tasks.Single(t => t.Id == loaded.Tasks[0].Id);
        Assert.Equal(CaseTaskStatus.Claimed, claimed.Status);
        Assert.Equal("alice", claimed.AssignedTo);
        Assert.Equal(2, claimed.Version);
        Assert.Contains(reloaded.Tasks, t => t.Id == added.Id);
        Assert.Equal(3, reloaded.Tasks.Count);
        Assert.Equal(2, reloaded.JournalSequence);
    }

    [Fact]
    public async Task The_journal_reads_back_in_order_and_verifies_as_intact()
    {
        var @case = SampleCases.NewCase();
        await _db.Cases.SaveAsync([SampleCases.Opening(@case)]);
        for (var i = 0; i < 3; i++)
        {
            var loaded = (await _db.Cases.LoadAsync(@case.Id))!;
            await _db.Cases.SaveAsync([SampleCases.Command(loaded, note: $"Note {i} with <odd> & \"quoted\" text, é")]);
        }

        var journal = await _db.Cases.ReadJournalAsync(@case.Id);
        var final = (await _db.Cases.LoadAsync(@case.Id))!;

        Assert.Equal([1L, 2, 3, 4], journal.Select(e => e.Sequence));
        Assert.Equal(["case.opened", "note.added", "note.added", "note.added"], journal.Select(e => e.Kind));
        Assert.Equal(JournalVerification.Intact, JournalVerifier.Verify(journal, final.JournalSequence, final.JournalHead));
    }

    [Fact]
    public async Task Every_track_about_a_child_is_listed_oldest_first_with_its_tasks()
    {
        var childId = Guid.NewGuid();
        var later = SampleCases.NewCase(childId, SampleCases.Opened.AddDays(1));
        var earlier = SampleCases.NewCase(childId, SampleCases.Opened);
        var otherChild = SampleCases.NewCase();
        await _db.Cases.SaveAsync([SampleCases.Opening(later, taskCount: 1), SampleCases.Opening(earlier, taskCount: 2), SampleCases.Opening(otherChild)]);

        var tracks = await _db.Cases.ListByChildAsync(childId);

        Assert.Equal([earlier.Id, later.Id], tracks.Select(t => t.Id));
        Assert.Equal([2, 1], tracks.Select(t => t.Tasks.Count));
        Assert.All(tracks, t => Assert.All(t.Tasks, task => Assert.Equal(t.Id, task.CaseId)));
        Assert.Empty(await _db.Cases.ListByChildAsync(Guid.NewGuid()));
    }

    public sealed class OnSqlite() : CaseStoreRoundTripTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : CaseStoreRoundTripTests(DatabaseProvider.PostgreSql);
}
