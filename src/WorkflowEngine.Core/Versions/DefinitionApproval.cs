using System.Globalization;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Versions;

/// <summary>
/// Four-eyes publishing, as the API, the library, the designer and the rule editor all do it: a
/// lead submits a draft with a reason; another lead (<see cref="PublishingPolicy"/> says who may)
/// approves it, which publishes it after the same checks as any publish, or sends it back to draft
/// with a note. Each step is journalled with who, when and why in the version's history
/// (<see cref="IVersionHistory"/>). Saving the draft again withdraws a submission: what is approved
/// is always exactly what was submitted. Results come back as values; each caller speaks HTTP or HTML.
/// </summary>
/// <param name="documents">Reads the versions.</param>
/// <param name="writer">Records the submission, approval or sending back.</param>
/// <param name="publisher">Checks the draft again before it is published.</param>
public sealed class DefinitionApproval(IDocumentReader documents, IDocumentWriter writer, DefinitionPublisher publisher)
{
    /// <summary>Submits a draft for a second lead's approval, with the reason for the change.</summary>
    /// <param name="kind">Workflow or rule set.</param>
    /// <param name="key">The key in the address.</param>
    /// <param name="version">The draft's version number.</param>
    /// <param name="actor">Who submits it.</param>
    /// <param name="reason">Why the change is made; required.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<CommandResult<StoredDocument>> SubmitAsync(DocumentKind kind, string key, int version, string actor, string? reason, CancellationToken cancellationToken)
    {
        if (TooLong(reason, "$.reason", "reason") is { } tooLong)
        {
            return tooLong;
        }

        var draft = await documents.GetAsync(kind, key, version, cancellationToken);
        if (draft is null)
        {
            return NotFound(key, version);
        }

        if (PublishingPolicy.SubmitRefusals(draft, reason) is { Count: > 0 } refusals)
        {
            return Refused(refusals);
        }

        return await writer.SubmitAsync(kind, key, version, draft.ContentHash, actor, reason!.Trim(), cancellationToken)
            ? CommandResult<StoredDocument>.Success((await documents.GetAsync(kind, key, version, cancellationToken))!)
            : Changed(key, version);
    }

    /// <summary>
    /// Approves a submitted draft and so publishes it, once it passes the same checks as any publish
    /// (validation against what is published now; a rule set's examples).
    /// </summary>
    /// <param name="kind">Workflow or rule set.</param>
    /// <param name="key">The key in the address.</param>
    /// <param name="version">The draft's version number.</param>
    /// <param name="actor">Who approves it: neither its author nor its submitter.</param>
    /// <param name="note">The approver's note, kept in the history; may be left out.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<CommandResult<StoredDocument>> ApproveAsync(DocumentKind kind, string key, int version, string actor, string? note, CancellationToken cancellationToken)
    {
        if (TooLong(note, "$.note", "note") is { } tooLong)
        {
            return tooLong;
        }

        var draft = await documents.GetAsync(kind, key, version, cancellationToken);
        if (draft is null)
        {
            return NotFound(key, version);
        }

        if (PublishingPolicy.ApproveRefusals(draft, actor) is { Count: > 0 } refusals)
        {
            return Refused(refusals);
        }

        var approved = await publisher.ApproveCheckedAsync(draft, actor, Tidy(note), cancellationToken);
        if (approved.Succeeded)
        {
            return CommandResult<StoredDocument>.Success(approved.Document!);
        }

        return approved.Errors.Count == 0 ? Changed(key, version) : CommandResult<StoredDocument>.Failure(CommandStatus.Invalid, approved.Errors);
    }

    /// <summary>Sends a submitted draft back to draft with a note for its author.</summary>
    /// <param name="kind">Workflow or rule set.</param>
    /// <param name="key">The key in the address.</param>
    /// <param name="version">The draft's version number.</param>
    /// <param name="actor">Who sends it back: neither its author nor its submitter.</param>
    /// <param name="note">What needs to change; required.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<CommandResult<StoredDocument>> SendBackAsync(DocumentKind kind, string key, int version, string actor, string? note, CancellationToken cancellationToken)
    {
        if (TooLong(note, "$.note", "note") is { } tooLong)
        {
            return tooLong;
        }

        var draft = await documents.GetAsync(kind, key, version, cancellationToken);
        if (draft is null)
        {
            return NotFound(key, version);
        }

        if (PublishingPolicy.SendBackRefusals(draft, actor, note) is { Count: > 0 } refusals)
        {
            return Refused(refusals);
        }

        return await writer.SendBackAsync(kind, key, version, draft.ContentHash, actor, note!.Trim(), cancellationToken)
            ? CommandResult<StoredDocument>.Success((await documents.GetAsync(kind, key, version, cancellationToken))!)
            : Changed(key, version);
    }

    // Someone else's work is a right to act (403); a blank reason or note is input (400); the version's state is a conflict (409).
    private static CommandResult<StoredDocument> Refused(IReadOnlyList<ValidationError> refusals) =>
        CommandResult<StoredDocument>.Failure(
            refusals.Any(PublishingPolicy.IsOwnWork) ? CommandStatus.Forbidden
            : refusals.All(r => r.Path != "$.version") ? CommandStatus.Invalid
            : CommandStatus.NotAllowed,
            refusals);

    private static CommandResult<StoredDocument> NotFound(string key, int version) =>
        CommandResult<StoredDocument>.Failure(CommandStatus.NotFound, "document.not-found", "$.version", $"'{key}' has no version {version}.");

    private static CommandResult<StoredDocument> Changed(string key, int version) =>
        CommandResult<StoredDocument>.Failure(CommandStatus.Conflict, "approval.draft-changed", "$.version",
            $"Version {version} of '{key}' changed while you were looking at it (saved again, submitted, approved or sent back by someone else); open it again.");

    private static CommandResult<StoredDocument>? TooLong(string? text, string path, string name) =>
        text is { Length: > TextLimits.Reason }
            ? CommandResult<StoredDocument>.Failure(CommandStatus.Invalid, TextLimits.TooLongCode, path,
                string.Create(CultureInfo.InvariantCulture, $"The {name} must be {TextLimits.Reason:N0} characters or fewer."))
            : null;

    private static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
