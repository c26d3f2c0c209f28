using System.Text;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.CaseDocuments;
using WorkflowEngine.Core.CaseNotes;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Persistence.Tests.Scenarios;

namespace WorkflowEngine.Persistence.Tests.CaseRecords;

/// <summary>Case notes (in the journal) and case documents (the CaseAttachments table) on each provider, nothing left behind by a refusal.</summary>
public abstract class CaseRecordsStoreTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task A_note_is_kept_in_the_hash_chained_journal_and_read_back_with_its_day_kind_and_agency()
    {
        await using var host = await EngineHost.StartAsync(Monday, provider: provider);
        var referral = await host.OpenReferralAsync();

        var added = await host.Get<CaseNoteService>().AddAsync(new AddCaseNoteCommand(referral.Id, "visit", new DateOnly(2026, 2, 27), "Home visit: Ellis was asleep.", "social.worker", "childrens-social-care"));
        var refused = await host.Get<CaseNoteService>().AddAsync(new AddCaseNoteCommand(referral.Id, "visit", new DateOnly(2026, 3, 3), "Tomorrow's visit.", "social.worker", "childrens-social-care"));

        Assert.True(added.Succeeded, string.Join(" ", added.Errors));
        Assert.Equal("note.date-in-future", Assert.Single(refused.Errors).Code);
        var note = Assert.Single(CaseNoteJournal.From(await host.Cases.ReadJournalAsync(referral.Id)));
        Assert.Equal(("visit", new DateOnly(2026, 2, 27), "Home visit: Ellis was asleep.", "childrens-social-care"), (note.Kind, note.OccurredOn, note.Text, note.Agency));
        Assert.True((await host.Cases.VerifyJournalAsync(referral.Id))!.IsIntact);
    }

    [Fact]
    public async Task A_document_round_trips_through_the_database_store_byte_for_byte()
    {
        await using var host = await EngineHost.StartAsync(Monday, provider: provider);
        var referral = await host.OpenReferralAsync();
        var documents = host.Get<CaseAttachments>();

        var added = await documents.UploadAsync(new UploadAttachmentCommand(referral.Id, @"C:\scans\bruise.png", Png, "social.worker", "childrens-social-care"));
        var read = await documents.DownloadAsync(referral.Id, added.Value!.Id, "social.worker", null);
        var elsewhere = await host.Get<ICaseDocumentStore>().ReadAsync(Guid.NewGuid(), added.Value.Id);

        Assert.Equal("bruise.png", added.Value.FileName);
        Assert.Equal("image/png", read.Value!.Attachment.ContentType);
        Assert.Equal(Png, read.Value.Content);
        Assert.Null(elsewhere);
        var listed = Assert.Single(AttachmentJournal.From(await host.Cases.ReadJournalAsync(referral.Id)));
        Assert.Equal((added.Value.Id, added.Value.Sha256, "childrens-social-care"), (listed.Document.Id, listed.Document.Sha256, listed.Agency));
    }

    [Fact]
    public async Task A_document_for_a_closed_case_is_refused_and_its_content_is_removed_again()
    {
        await using var host = await EngineHost.StartAsync(Monday, provider: provider);
        var referral = await host.OpenReferralAsync();
        Assert.True((await host.Cases.Close.HandleAsync(new CloseCaseCommand(referral.Id, "Duplicate.", "manager"))).Succeeded);

        var refused = await host.Get<CaseAttachments>().UploadAsync(new UploadAttachmentCommand(referral.Id, "note.txt", Encoding.UTF8.GetBytes("Late note."), "social.worker", "childrens-social-care"));

        Assert.Equal(CommandStatus.NotAllowed, refused.Status);
        await using var db = host.NewContext();
        Assert.Equal(0, await db.CaseAttachments.CountAsync(a => a.CaseId == referral.Id));
    }

    public sealed class OnSqlite() : CaseRecordsStoreTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : CaseRecordsStoreTests(DatabaseProvider.PostgreSql);
}
