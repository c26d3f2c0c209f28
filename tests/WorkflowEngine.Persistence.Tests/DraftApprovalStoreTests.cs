using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Persistence.Tests;

/// <summary>
/// The store's four-eyes steps on a real database: each changes only the draft the caller saw
/// (same hash, submitted or not as expected) and writes its history entry in the same transaction.
/// </summary>
public abstract class DraftApprovalStoreTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Key = "front-door-routing";
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync(provider: provider);

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<StoredDocument> DraftAsync()
    {
        await _db.Documents.PublishAsync(DocumentKind.RuleSet, Key, "{\"v\":1}", "hash-1", "system:files");
        return await _db.Documents.SaveDraftAsync(DocumentKind.RuleSet, Key, "{\"v\":2}", "hash-2", "lead.police", "examples");
    }

    [Fact]
    public async Task A_submitted_draft_approved_is_published_in_place_keeping_its_author_and_examples_and_the_history_has_both_steps()
    {
        var draft = await DraftAsync();

        Assert.True(await _db.Documents.SubmitAsync(DocumentKind.RuleSet, Key, draft.Version, "hash-2", "lead.police", "New routing"));
        var submitted = (await _db.Documents.GetAsync(DocumentKind.RuleSet, Key, draft.Version))!;
        var approved = await _db.Documents.ApproveAsync(DocumentKind.RuleSet, Key, draft.Version, "hash-2", "chair.partnership", "Agreed");

        Assert.Equal(("lead.police", _db.Time.GetUtcNow()), (submitted.SubmittedBy, submitted.SubmittedAt));
        Assert.Equal((2, DocumentStatus.Published, "lead.police", "examples"), (approved!.Version, approved.Status, approved.CreatedBy, approved.Examples));
        Assert.Equal(2, await _db.Documents.GetLatestPublishedVersionAsync(DocumentKind.RuleSet, Key));
        Assert.Equal(
            [(VersionAction.Approved, "chair.partnership", "Agreed"), (VersionAction.Submitted, "lead.police", "New routing")],
            (await _db.VersionHistory.ListAsync(DocumentKind.RuleSet, Key)).Where(e => e.Version == 2).Select(e => (e.Action, e.Actor, e.Reason)));
    }

    [Fact]
    public async Task A_draft_saved_again_after_it_was_submitted_is_neither_approved_nor_sent_back_and_nothing_is_journalled()
    {
        var draft = await DraftAsync();
        await _db.Documents.SubmitAsync(DocumentKind.RuleSet, Key, draft.Version, "hash-2", "lead.police", "New routing");
        await _db.Documents.SaveDraftAsync(DocumentKind.RuleSet, Key, "{\"v\":3}", "hash-3", "lead.police");

        Assert.Null(await _db.Documents.ApproveAsync(DocumentKind.RuleSet, Key, draft.Version, "hash-2", "chair.partnership", null));
        Assert.False(await _db.Documents.SendBackAsync(DocumentKind.RuleSet, Key, draft.Version, "hash-3", "chair.partnership", "Not submitted"));
        Assert.Equal(1, await _db.Documents.GetLatestPublishedVersionAsync(DocumentKind.RuleSet, Key));
        Assert.Single(await _db.VersionHistory.ListAsync(DocumentKind.RuleSet, Key), e => e.Version == 2);
    }

    [Fact]
    public async Task A_draft_sent_back_is_a_plain_draft_again_and_may_be_submitted_again()
    {
        var draft = await DraftAsync();
        await _db.Documents.SubmitAsync(DocumentKind.RuleSet, Key, draft.Version, "hash-2", "lead.police", "New routing");

        Assert.True(await _db.Documents.SendBackAsync(DocumentKind.RuleSet, Key, draft.Version, "hash-2", "chair.partnership", "Say why"));
        var back = (await _db.Documents.GetAsync(DocumentKind.RuleSet, Key, draft.Version))!;

        Assert.Equal((DocumentStatus.Draft, null, null), (back.Status, back.SubmittedBy, back.SubmittedAt));
        Assert.True(await _db.Documents.SubmitAsync(DocumentKind.RuleSet, Key, draft.Version, "hash-2", "lead.police", "New routing, as agreed"));
    }

    public sealed class OnSqlite() : DraftApprovalStoreTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : DraftApprovalStoreTests(DatabaseProvider.PostgreSql);
}
