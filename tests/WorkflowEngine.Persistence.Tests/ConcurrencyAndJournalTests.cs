using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Persistence.Tests;

public abstract class ConcurrencyAndJournalTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync(provider: provider);

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_save_from_a_stale_case_version_is_a_conflict_and_writes_nothing()
    {
        var @case = SampleCases.NewCase();
        await _db.Cases.SaveAsync([SampleCases.Opening(@case, taskCount: 1)]);
        var first = (await _db.Cases.LoadAsync(@case.Id))!;
        var second = (await _db.Cases.LoadAsync(@case.Id))!;
        Assert.Equal(SaveOutcome.Saved, await _db.Cases.SaveAsync([SampleCases.Command(first)]));

        var stale = SampleCases.Command(second, note: "Lost update");
        SampleCases.Modify(stale, second.Tasks[0], t => t.Status = CaseTaskStatus.Cancelled);
        stale.AddedTasks.Add(SampleCases.NewTask(second, "should-not-appear"));

        Assert.Equal(SaveOutcome.Conflict, await _db.Cases.SaveAsync([stale]));
        var stored = (await _db.Cases.LoadAsync(@case.Id))!;
        Assert.Equal((2L, 1, CaseTaskStatus.Open), (stored.Version, stored.Tasks.Count, stored.Tasks[0].Status));
        Assert.Equal(2, (await _db.Cases.ReadJournalAsync(@case.Id)).Count);
    }

    [Fact]
    public async Task Journal_rows_cannot_be_edited_or_deleted_in_the_database()
    {
        var @case = SampleCases.NewCase();
        await _db.Cases.SaveAsync([SampleCases.Opening(@case)]);
        await using var db = _db.NewContext();
        using var turn = await _db.Writes.EnterAsync(CancellationToken.None);

        var update = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"JournalEntries\" SET \"Actor\" = 'mallory'"));
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"JournalEntries\""));

        Assert.Contains("The case journal is append-only.", update.Message, StringComparison.Ordinal);
        Assert.Contains("The case journal is append-only.", delete.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_edited_behind_the_triggers_back_is_detected_by_the_verifier()
    {
        var @case = SampleCases.NewCase();
        await _db.Cases.SaveAsync([SampleCases.Opening(@case)]);
        await _db.Cases.SaveAsync([SampleCases.Command((await _db.Cases.LoadAsync(@case.Id))!)]);
        await EditBehindTheTriggersBackAsync(@case.Id, sequence: 1);

        var stored = (await _db.Cases.LoadAsync(@case.Id))!;
        var verification = JournalVerifier.Verify(await _db.Cases.ReadJournalAsync(@case.Id), stored.JournalSequence, stored.JournalHead);

        Assert.False(verification.IsIntact);
        Assert.Equal(1, verification.FirstBadSequence);
    }

    [Fact]
    public async Task The_journal_audit_reports_only_the_case_whose_entry_was_edited()
    {
        var intact = SampleCases.NewCase();
        var tampered = SampleCases.NewCase();
        await _db.Cases.SaveAsync([SampleCases.Opening(intact)]);
        await _db.Cases.SaveAsync([SampleCases.Opening(tampered)]);
        await _db.Cases.SaveAsync([SampleCases.Command((await _db.Cases.LoadAsync(tampered.Id))!)]);
        await EditBehindTheTriggersBackAsync(tampered.Id, sequence: 2);

        var report = await _db.Audit.RunAsync();

        Assert.Equal(2, report.CasesChecked);
        var broken = Assert.Single(report.Broken);
        Assert.Equal((tampered.Id, 2L), (broken.CaseId, broken.FirstBadSequence));
    }

    [Fact]
    public async Task Document_versions_number_upwards_drafts_are_replaced_and_retired_versions_start_nothing()
    {
        var docs = _db.Documents;
        await docs.PublishAsync(DocumentKind.Workflow, "w", "{1}", "h1", "lead");
        await docs.SaveDraftAsync(DocumentKind.Workflow, "w", "{draft a}", "ha", "lead");
        var draft = await docs.SaveDraftAsync(DocumentKind.Workflow, "w", "{draft b}", "hb", "lead");
        var second = await docs.PublishAsync(DocumentKind.Workflow, "w", "{2}", "h2", "lead");

        Assert.Equal((2, DocumentStatus.Draft), (draft.Version, draft.Status));
        Assert.Equal(2, second.Version);
        Assert.Equal([2, 1], (await docs.ListVersionsAsync(DocumentKind.Workflow, "w")).Select(d => d.Version));
        Assert.True(await docs.RetireAsync(DocumentKind.Workflow, "w", 2, "lead"));
        Assert.Equal(1, (await docs.GetLatestPublishedAsync(DocumentKind.Workflow, "w"))!.Version);
        Assert.False(await docs.RetireAsync(DocumentKind.Workflow, "w", 9, "lead"));
    }

    [Fact]
    public async Task The_checked_in_migrations_match_the_model()
    {
        await using var db = _db.NewContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
    }

    // As someone holding the database could: drop the guard, then rewrite an entry's actor.
    private async Task EditBehindTheTriggersBackAsync(Guid caseId, int sequence)
    {
        using var turn = await _db.Writes.EnterAsync(CancellationToken.None);
        await using var db = _db.NewContext();
        await db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Sqlite
            ? "DROP TRIGGER IF EXISTS \"JournalEntries_NoUpdate\""
            : "DROP TRIGGER IF EXISTS \"JournalEntries_NoUpdate\" ON \"JournalEntries\"");
        await db.Journal.Where(j => j.CaseId == caseId && j.Sequence == sequence).ExecuteUpdateAsync(set => set.SetProperty(j => j.Actor, "mallory"));
    }

    public sealed class OnSqlite() : ConcurrencyAndJournalTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : ConcurrencyAndJournalTests(DatabaseProvider.PostgreSql);
}
