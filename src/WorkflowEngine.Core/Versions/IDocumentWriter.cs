namespace WorkflowEngine.Core.Versions;

/// <summary>
/// Writes versions of workflow definitions and rule sets. Only <see cref="DefinitionPublisher"/>
/// and the start-up import write, after validation (and, for rule sets, their examples) passed.
/// </summary>
public interface IDocumentWriter
{
    /// <summary>
    /// Stores the content as the key's draft (replacing an earlier draft), numbered one above the highest version.
    /// </summary>
    /// <param name="kind">Workflow or rule set.</param>
    /// <param name="key">The document's key.</param>
    /// <param name="content">The JSON text exactly as authored.</param>
    /// <param name="contentHash">The hash of the content and examples (<see cref="ContentHash"/>).</param>
    /// <param name="actor">Who stores it.</param>
    /// <param name="examples">A rule set's examples file, stored with the version; null when it has none.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<StoredDocument> SaveDraftAsync(DocumentKind kind, string key, string content, string contentHash, string actor, string? examples = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Publishes the content as a new version one above the highest, in one transaction, removing
    /// any draft of the key.
    /// </summary>
    /// <param name="kind">Workflow or rule set.</param>
    /// <param name="key">The document's key.</param>
    /// <param name="content">The JSON text exactly as authored.</param>
    /// <param name="contentHash">The hash of the content and examples (<see cref="ContentHash"/>).</param>
    /// <param name="actor">Who publishes it.</param>
    /// <param name="examples">A rule set's examples file, stored with the version; null when it has none.</param>
    /// <param name="reason">Why it is published, kept in the version's history (<see cref="IVersionHistory"/>); null when none was given.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<StoredDocument> PublishAsync(DocumentKind kind, string key, string content, string contentHash, string actor, string? examples = null, string? reason = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Retires a published version, recording who and why in its history in the same transaction.
    /// Returns false when there is no such published version.
    /// </summary>
    /// <param name="kind">Workflow or rule set.</param>
    /// <param name="key">The document's key.</param>
    /// <param name="version">The published version.</param>
    /// <param name="actor">Who retires it.</param>
    /// <param name="reason">Why; null when none was given.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<bool> RetireAsync(DocumentKind kind, string key, int version, string actor, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the key's draft as submitted for approval, recording who and why in its history in the
    /// same transaction. Returns false when that draft is gone, changed (another hash) or already submitted.
    /// </summary>
    /// <param name="kind">Workflow or rule set.</param>
    /// <param name="key">The document's key.</param>
    /// <param name="version">The draft's version number.</param>
    /// <param name="contentHash">The hash of the draft as the submitter saw it.</param>
    /// <param name="actor">Who submits it.</param>
    /// <param name="reason">Why the change is made.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<bool> SubmitAsync(DocumentKind kind, string key, int version, string contentHash, string actor, string reason, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns a submitted draft to draft, recording who and the note in its history in the same
    /// transaction. Returns false when that draft is gone, changed or not submitted.
    /// </summary>
    /// <param name="kind">Workflow or rule set.</param>
    /// <param name="key">The document's key.</param>
    /// <param name="version">The draft's version number.</param>
    /// <param name="contentHash">The hash of the draft as the reviewer saw it.</param>
    /// <param name="actor">Who sends it back.</param>
    /// <param name="note">Why, for the author.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<bool> SendBackAsync(DocumentKind kind, string key, int version, string contentHash, string actor, string note, CancellationToken cancellationToken = default);

    /// <summary>
    /// Publishes a submitted draft as it stands (same number, author and examples), recording who
    /// approved it and their note in its history in the same transaction. Returns null when that
    /// draft is gone, changed or not submitted.
    /// </summary>
    /// <param name="kind">Workflow or rule set.</param>
    /// <param name="key">The document's key.</param>
    /// <param name="version">The draft's version number.</param>
    /// <param name="contentHash">The hash of the draft as the approver saw it.</param>
    /// <param name="actor">Who approves it.</param>
    /// <param name="note">The approver's note; null when none was given.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<StoredDocument?> ApproveAsync(DocumentKind kind, string key, int version, string contentHash, string actor, string? note, CancellationToken cancellationToken = default);
}
