using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Versions;

/// <summary>
/// Four-eyes publishing, the one rule the API, the library, the designer and the rule editor all
/// go through (by <see cref="DefinitionManagement"/>): when <see cref="PublishingOptions.RequireApproval"/>
/// is on, nothing is published directly; a lead submits a draft with a reason and another lead,
/// neither the draft's author (who last saved it) nor its submitter, approves it or sends it back
/// with a note. Files published at start-up by <see cref="CatalogueSynchroniser.FilesActor"/> are
/// not subject to it. Each check returns every refusal, empty when allowed.
/// </summary>
/// <param name="options">Whether approval is required.</param>
public sealed class PublishingPolicy(PublishingOptions options)
{
    /// <summary>Whether a draft needs a second lead's approval before it is published.</summary>
    public bool RequiresApproval => options.RequireApproval;

    /// <summary>Why the draft may not be published directly: approval is required.</summary>
    /// <param name="draft">The draft to publish.</param>
    public IReadOnlyList<ValidationError> DirectPublishRefusals(StoredDocument draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return RequiresApproval
            ? [new("publish.approval-required", "$.version",
                $"Publishing needs a second lead's approval: submit version {draft.Version} of '{draft.Key}' for approval with a reason, and another lead approves it.")]
            : [];
    }

    /// <summary>Why the version may not be submitted for approval.</summary>
    /// <param name="document">The version to submit.</param>
    /// <param name="reason">Why the change is made; required.</param>
    public static IReadOnlyList<ValidationError> SubmitRefusals(StoredDocument document, string? reason)
    {
        ArgumentNullException.ThrowIfNull(document);
        var refusals = new List<ValidationError>();
        if (document.Status != DocumentStatus.Draft)
        {
            refusals.Add(NotADraft(document));
        }
        else if (document.AwaitingApproval)
        {
            refusals.Add(new("approval.already-submitted", "$.version",
                $"Version {document.Version} of '{document.Key}' is already waiting for approval (submitted by {document.SubmittedBy})."));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            refusals.Add(new("approval.reason-required", "$.reason", "Enter why you are making this change, for the lead who approves it."));
        }

        return refusals;
    }

    /// <summary>Why <paramref name="actor"/> may not approve the version.</summary>
    /// <param name="document">The version to approve.</param>
    /// <param name="actor">Who would approve it.</param>
    public static IReadOnlyList<ValidationError> ApproveRefusals(StoredDocument document, string actor) => ReviewRefusals(document, actor, "approve");

    /// <summary>Why <paramref name="actor"/> may not send the version back with <paramref name="note"/>.</summary>
    /// <param name="document">The version to send back.</param>
    /// <param name="actor">Who would send it back.</param>
    /// <param name="note">Why, for the author; required.</param>
    public static IReadOnlyList<ValidationError> SendBackRefusals(StoredDocument document, string actor, string? note)
    {
        var refusals = new List<ValidationError>(ReviewRefusals(document, actor, "send back"));
        if (string.IsNullOrWhiteSpace(note))
        {
            refusals.Add(new("approval.note-required", "$.note", "Enter a note saying what needs to change before it can be approved."));
        }

        return refusals;
    }

    /// <summary>Whether a refusal means the person has no right to act (someone else must), rather than the version's state.</summary>
    /// <param name="error">One refusal from this policy.</param>
    public static bool IsOwnWork(ValidationError error) =>
        (error ?? throw new ArgumentNullException(nameof(error))).Code is OwnDraftCode or OwnSubmissionCode;

    private const string OwnDraftCode = "approval.own-draft";
    private const string OwnSubmissionCode = "approval.own-submission";

    private static IReadOnlyList<ValidationError> ReviewRefusals(StoredDocument document, string actor, string verb)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (document.Status != DocumentStatus.Draft)
        {
            return [NotADraft(document)];
        }

        if (!document.AwaitingApproval)
        {
            return [new("approval.not-submitted", "$.version",
                $"Version {document.Version} of '{document.Key}' has not been submitted for approval; its author submits it first, with a reason.")];
        }

        if (string.Equals(actor, document.CreatedBy, StringComparison.OrdinalIgnoreCase))
        {
            return [new(OwnDraftCode, "$.version",
                $"You wrote version {document.Version} of '{document.Key}', so another lead must {verb} it.")];
        }

        if (string.Equals(actor, document.SubmittedBy, StringComparison.OrdinalIgnoreCase))
        {
            return [new(OwnSubmissionCode, "$.version",
                $"You submitted version {document.Version} of '{document.Key}' for approval, so another lead must {verb} it.")];
        }

        return [];
    }

    private static ValidationError NotADraft(StoredDocument document) =>
        new("document.not-a-draft", "$.version",
            $"Version {document.Version} of '{document.Key}' is {document.Status.ToString().ToLowerInvariant()}; only a draft is submitted, approved or sent back.");
}
