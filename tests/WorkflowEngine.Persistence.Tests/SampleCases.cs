using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Persistence.Tests;

/// <summary>Cases and change sets as the runtime would build them.</summary>
internal static class SampleCases
{
    public static readonly DateTimeOffset Opened = new DateTimeOffset(2025, 3, 4, 9, 15, 30, TimeSpan.Zero).AddTicks(1234567);

    public static CaseState NewCase(Guid? childId = null, DateTimeOffset? openedAt = null) => new()
    {
        Id = Guid.NewGuid(),
        ChildId = childId ?? Guid.NewGuid(),
        WorkflowKey = "cce-referral",
        WorkflowVersion = 1,
        StageKey = "triage",
        StageEnteredAt = openedAt ?? Opened,
        StageVisit = 1,
        OpenedAt = openedAt ?? Opened,
        Child = new ChildDetails("Amy Smith", new DateOnly(2011, 5, 17), "P-1234"),
        Contact = new ContactDetails("PC Jones", "police", "Seen getting into cars with older males.", Urgent: true),
        Facts = new JsonObject { ["missingEpisodes"] = 3, ["indicators"] = new JsonArray("older-associates", "unexplained-gifts") },
        Version = 1,
    };

    public static CaseTask NewTask(CaseState @case, string key = "screen", DateTimeOffset? due = null) => new()
    {
        Id = Guid.NewGuid(),
        CaseId = @case.Id,
        StageKey = @case.StageKey,
        StageVisit = @case.StageVisit,
        TaskKey = key,
        Title = $"Do {key}",
        Agency = "mash",
        CreatedAt = @case.StageEnteredAt,
        DueAt = due ?? @case.StageEnteredAt.AddHours(24),
        Version = 1,
    };

    /// <summary>A new case with tasks and its opening journal entry, ready to insert.</summary>
    public static CaseChangeSet Opening(CaseState @case, int taskCount = 1)
    {
        var change = new CaseChangeSet { Case = @case, IsNew = true, ExpectedVersion = 0 };
        for (var i = 0; i < taskCount; i++)
        {
            var task = NewTask(@case, $"task-{i}");
            @case.Tasks.Add(task);
            change.AddedTasks.Add(task);
        }

        change.Journal.Add(JournalChain.Append(@case, @case.OpenedAt, "system", "case.opened", new JsonObject { ["stage"] = @case.StageKey }));
        return change;
    }

    /// <summary>A command on a loaded case: bumps its version and journals a note.</summary>
    public static CaseChangeSet Command(CaseState loaded, string actor = "alice", string note = "Spoke to school")
    {
        var expected = loaded.Version;
        loaded.Version++;
        var change = new CaseChangeSet { Case = loaded, IsNew = false, ExpectedVersion = expected };
        change.Journal.Add(JournalChain.Append(loaded, loaded.OpenedAt.AddHours(1), actor, "note.added", new JsonObject { ["note"] = note }));
        return change;
    }

    /// <summary>Marks a task as changed by the command, bumping its version.</summary>
    public static void Modify(CaseChangeSet change, CaseTask task, Action<CaseTask> edit)
    {
        var expected = task.Version;
        edit(task);
        task.Version++;
        change.ModifiedTasks.Add((task, expected));
    }
}
