using System.Globalization;
using System.Text.Json;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Versions;

/// <summary>
/// Saving drafts, publishing and retiring versions, as the API, the library pages and the
/// designer all do it: the key in the document must be the key in the address, only a draft
/// publishes (with the examples stored beside it), only a published version retires, and never the
/// last published version of something a version in use needs (<see cref="DefinitionUsage"/>).
/// Publishing and retiring take a reason, kept with who and when in the version's history. Results
/// come back as values; each caller speaks HTTP or HTML.
/// </summary>
/// <param name="documents">Reads the versions.</param>
/// <param name="publisher">Validates and stores them.</param>
/// <param name="usage">Says what needs a version before it is retired.</param>
/// <param name="policy">Says whether a draft may be published directly or needs a second lead's approval (<see cref="DefinitionApproval"/>).</param>
public sealed class DefinitionManagement(IDocumentReader documents, DefinitionPublisher publisher, DefinitionUsage usage, PublishingPolicy policy)
{
    /// <summary>Stores the document as its key's draft once it passes validation.</summary>
    /// <param name="kind">Workflow or rule set.</param>
    /// <param name="key">The key in the address.</param>
    /// <param name="keyProperty">Where the key sits in the document (<c>key</c>, or <c>WorkflowName</c> for a rule set).</param>
    /// <param name="document">The document as sent.</param>
    /// <param name="actor">Who saves it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<CommandResult<StoredDocument>> SaveDraftAsync(DocumentKind kind, string key, string keyProperty, JsonElement document, string actor,
        CancellationToken cancellationToken)
    {
        if (document.ValueKind != JsonValueKind.Object
            || !document.TryGetProperty(keyProperty, out var named) || named.ValueKind != JsonValueKind.String || named.GetString() != key)
        {
            return CommandResult<StoredDocument>.Failure(CommandStatus.Invalid, "document.key-mismatch", "$." + keyProperty,
                $"The document's {keyProperty} must be '{key}', the key in the address.");
        }

        var saved = await publisher.SaveDraftAsync(kind, document.GetRawText(), actor, cancellationToken);
        return saved.Succeeded
            ? CommandResult<StoredDocument>.Success(saved.Document!)
            : CommandResult<StoredDocument>.Failure(CommandStatus.Invalid, saved.Errors);
    }

    /// <summary>
    /// Stores a rule set's examples with its draft (creating a draft of the latest rules when there
    /// is none). The examples' rule set must be the key in the address.
    /// </summary>
    /// <param name="ruleSet">The rule set's key in the address.</param>
    /// <param name="examples">The examples file as sent.</param>
    /// <param name="actor">Who saves them.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<CommandResult<StoredDocument>> SaveExamplesAsync(string ruleSet, string examples, string actor, CancellationToken cancellationToken)
    {
        if (await documents.GetLatestPublishedVersionAsync(DocumentKind.RuleSet, ruleSet, cancellationToken) is null
            && (await documents.ListVersionsAsync(DocumentKind.RuleSet, ruleSet, cancellationToken)).Count == 0)
        {
            return CommandResult<StoredDocument>.Failure(CommandStatus.NotFound, "document.not-found", "$.ruleSet", $"There is no rule set '{ruleSet}'.");
        }

        var saved = await publisher.SaveExamplesAsync(ruleSet, examples, actor, cancellationToken);
        return saved.Succeeded
            ? CommandResult<StoredDocument>.Success(saved.Document!)
            : CommandResult<StoredDocument>.Failure(CommandStatus.Invalid, saved.Errors);
    }

    /// <summary>
    /// Publishes a draft as a new version, checking it again against what is published now; a rule
    /// set only when every example stored with the draft passes. Refused
    /// (<see cref="CommandStatus.NotAllowed"/>, <c>publish.approval-required</c>) when
    /// <see cref="PublishingPolicy"/> requires a second lead's approval: then the draft is submitted
    /// and approved through <see cref="DefinitionApproval"/>.
    /// </summary>
    /// <param name="kind">Workflow or rule set.</param>
    /// <param name="key">The key in the address.</param>
    /// <param name="version">The draft's version number.</param>
    /// <param name="actor">Who publishes it.</param>
    /// <param name="reason">Why, kept in the version's history; null or blank when none was given.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<CommandResult<StoredDocument>> PublishAsync(DocumentKind kind, string key, int version, string actor, string? reason, CancellationToken cancellationToken)
    {
        if (ReasonTooLong(reason) is { } tooLong)
        {
            return tooLong;
        }

        var draft = await documents.GetAsync(kind, key, version, cancellationToken);
        if (draft is null)
        {
            return NotFound(key, version);
        }

        if (draft.Status != DocumentStatus.Draft)
        {
            return CommandResult<StoredDocument>.Failure(CommandStatus.NotAllowed, "document.not-a-draft", "$.version",
                $"Version {version} of '{key}' is {Describe(draft.Status)}, not a draft; only a draft can be published.");
        }

        if (policy.DirectPublishRefusals(draft) is { Count: > 0 } needsApproval)
        {
            return CommandResult<StoredDocument>.Failure(CommandStatus.NotAllowed, needsApproval);
        }

        var published = await publisher.PublishAsync(kind, draft.Content, actor, draft.Examples, Tidy(reason), cancellationToken);
        return published.Succeeded
            ? CommandResult<StoredDocument>.Success(published.Document!)
            : CommandResult<StoredDocument>.Failure(CommandStatus.Invalid, published.Errors);
    }

    /// <summary>
    /// Retires a published version: it starts no new cases; running cases carry on. Refused
    /// (<see cref="CommandStatus.NotAllowed"/>, one problem per thing that needs it) when it is the
    /// last published version of a rule set that a workflow version in use reads, of the workflow
    /// concerns are raised on, or of a workflow that a workflow in use starts as a linked track.
    /// </summary>
    /// <param name="kind">Workflow or rule set.</param>
    /// <param name="key">The key in the address.</param>
    /// <param name="version">The published version.</param>
    /// <param name="actor">Who retires it.</param>
    /// <param name="reason">Why, kept in the version's history; null or blank when none was given.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<CommandResult<StoredDocument>> RetireAsync(DocumentKind kind, string key, int version, string actor, string? reason, CancellationToken cancellationToken)
    {
        if (ReasonTooLong(reason) is { } tooLong)
        {
            return tooLong;
        }

        var stored = await documents.GetAsync(kind, key, version, cancellationToken);
        if (stored is null)
        {
            return NotFound(key, version);
        }

        if (stored.Status == DocumentStatus.Published && await usage.RetireRefusalsAsync(kind, key, version, cancellationToken) is { Count: > 0 } refusals)
        {
            return CommandResult<StoredDocument>.Failure(CommandStatus.NotAllowed, refusals);
        }

        if (!await publisher.RetireAsync(kind, key, version, actor, Tidy(reason), cancellationToken))
        {
            return CommandResult<StoredDocument>.Failure(CommandStatus.NotAllowed, "document.not-published", "$.version",
                $"Version {version} of '{key}' is {Describe(stored.Status)}; only a published version can be retired.");
        }

        return CommandResult<StoredDocument>.Success(stored with { Status = DocumentStatus.Retired });
    }

    private static CommandResult<StoredDocument> NotFound(string key, int version) =>
        CommandResult<StoredDocument>.Failure(CommandStatus.NotFound, "document.not-found", "$.version", $"'{key}' has no version {version}.");

    private static CommandResult<StoredDocument>? ReasonTooLong(string? reason) =>
        reason is { Length: > TextLimits.Reason }
            ? CommandResult<StoredDocument>.Failure(CommandStatus.Invalid, TextLimits.TooLongCode, "$.reason",
                string.Create(CultureInfo.InvariantCulture, $"The reason must be {TextLimits.Reason:N0} characters or fewer."))
            : null;

    private static string? Tidy(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();

    private static string Describe(DocumentStatus status) => status.ToString().ToLowerInvariant();
}
