using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Tests.Runtime;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Tests.Versions;

/// <summary>Submitting, approving and sending back drafts, and the direct publish that four-eyes publishing refuses.</summary>
public sealed class DefinitionApprovalTests
{
    private static readonly ReferenceData Reference = ReferenceDataLoader.Load(RepositoryPaths.Reference).Data!;
    private readonly InMemoryDocumentStore _documents = new(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)));
    private readonly DefinitionPublisher _publisher;
    private readonly DefinitionApproval _approval;
    private readonly DefinitionManagement _management;

    public DefinitionApprovalTests()
    {
        _publisher = new DefinitionPublisher(_documents, new RuleSetValidator(Reference), Reference, CalendarCatalogue.Load(RepositoryPaths.Reference).Catalogue!);
        _approval = new DefinitionApproval(_documents, _documents, _publisher);
        var usage = new DefinitionUsage(_documents, Substitute.For<IRunningCases>(), new FrontDoor("cce-referral"));
        _management = new DefinitionManagement(_documents, _publisher, usage, new PublishingPolicy(new PublishingOptions { RequireApproval = true }));
    }

    private static string Rules => File.ReadAllText(Path.Combine(RepositoryPaths.Rules, "disruption-plan-closure.json"));

    private async Task<StoredDocument> DraftAsync(string author)
    {
        await _publisher.PublishAsync(DocumentKind.RuleSet, Rules, "system:files");
        return (await _publisher.SaveDraftAsync(DocumentKind.RuleSet, Rules.Replace("\"Rules\"", "\"Rules\" ", StringComparison.Ordinal), author)).Document!;
    }

    [Fact]
    public async Task Publishing_a_draft_directly_is_refused_when_approval_is_required_and_nothing_is_published()
    {
        var draft = await DraftAsync("lead.police");

        var result = await _management.PublishAsync(DocumentKind.RuleSet, draft.Key, draft.Version, "lead.police", "Quick fix", CancellationToken.None);

        Assert.Equal(CommandStatus.NotAllowed, result.Status);
        Assert.Equal("publish.approval-required", Assert.Single(result.Errors).Code);
        Assert.Equal(1, (await _documents.GetLatestPublishedAsync(DocumentKind.RuleSet, draft.Key))!.Version);
    }

    [Fact]
    public async Task A_draft_submitted_by_its_author_and_approved_by_another_lead_is_published_as_it_stands()
    {
        var draft = await DraftAsync("lead.police");

        var submitted = await _approval.SubmitAsync(DocumentKind.RuleSet, draft.Key, draft.Version, "lead.police", " New review date ", CancellationToken.None);
        var approved = await _approval.ApproveAsync(DocumentKind.RuleSet, draft.Key, draft.Version, "chair.partnership", null, CancellationToken.None);

        Assert.Equal(("lead.police", true), (submitted.Value!.SubmittedBy, submitted.Value.AwaitingApproval));
        Assert.Equal(CommandStatus.Succeeded, approved.Status);
        var published = (await _documents.GetLatestPublishedAsync(DocumentKind.RuleSet, draft.Key))!;
        Assert.Equal((draft.Version, draft.Content, "lead.police"), (published.Version, published.Content, published.CreatedBy));
    }

    [Fact]
    public async Task The_author_approving_their_own_draft_is_forbidden_and_it_stays_a_draft()
    {
        var draft = await DraftAsync("lead.police");
        await _approval.SubmitAsync(DocumentKind.RuleSet, draft.Key, draft.Version, "chair.partnership", "Reviewed together", CancellationToken.None);

        var result = await _approval.ApproveAsync(DocumentKind.RuleSet, draft.Key, draft.Version, "lead.police", null, CancellationToken.None);

        Assert.Equal(CommandStatus.Forbidden, result.Status);
        Assert.Equal("approval.own-draft", Assert.Single(result.Errors).Code);
        Assert.Equal(DocumentStatus.Draft, (await _documents.GetAsync(DocumentKind.RuleSet, draft.Key, draft.Version))!.Status);
    }

    [Fact]
    public async Task A_draft_sent_back_returns_to_draft_and_cannot_then_be_approved_until_submitted_again()
    {
        var draft = await DraftAsync("lead.police");
        await _approval.SubmitAsync(DocumentKind.RuleSet, draft.Key, draft.Version, "lead.police", "New review date", CancellationToken.None);

        var noNote = await _approval.SendBackAsync(DocumentKind.RuleSet, draft.Key, draft.Version, "chair.partnership", "", CancellationToken.None);
        var sentBack = await _approval.SendBackAsync(DocumentKind.RuleSet, draft.Key, draft.Version, "chair.partnership", "Say which review", CancellationToken.None);
        var approved = await _approval.ApproveAsync(DocumentKind.RuleSet, draft.Key, draft.Version, "chair.partnership", null, CancellationToken.None);

        Assert.Equal(CommandStatus.Invalid, noNote.Status);
        Assert.False(sentBack.Value!.AwaitingApproval);
        Assert.Equal(CommandStatus.NotAllowed, approved.Status);
        Assert.Equal("approval.not-submitted", Assert.Single(approved.Errors).Code);
    }

    [Fact]
    public async Task Saving_a_submitted_draft_again_withdraws_the_submission_so_what_is_approved_is_what_was_submitted()
    {
        var draft = await DraftAsync("lead.police");
        await _approval.SubmitAsync(DocumentKind.RuleSet, draft.Key, draft.Version, "lead.police", "New review date", CancellationToken.None);

        var changed = await _publisher.SaveDraftAsync(DocumentKind.RuleSet, Rules.Replace("\"Rules\"", "\"Rules\"  ", StringComparison.Ordinal), "lead.police");
        var approved = await _approval.ApproveAsync(DocumentKind.RuleSet, draft.Key, draft.Version, "chair.partnership", null, CancellationToken.None);

        Assert.False(changed.Document!.AwaitingApproval);
        Assert.Equal("approval.not-submitted", Assert.Single(approved.Errors).Code);
    }
}
