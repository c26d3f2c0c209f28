using System.Text.Json;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Rules.Examples;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Versions;

/// <summary>
/// Management of workflow definitions and rule sets: validate, save a draft, publish a new version,
/// retire. Nothing is stored unless it passes the same validators that check the shipped files, and
/// no rule set is published while any of its examples fails: every publish (the pages, the API, the
/// designer, the start-up import) comes through <see cref="PublishAsync(DocumentKind, string, string, string?, CancellationToken)"/>
/// or the import's call of the same gate.
/// </summary>
public sealed class DefinitionPublisher
{
    private readonly IDocumentStore _documents;
    private readonly RuleSetValidator _ruleSets;
    private readonly ReferenceData _reference;
    private readonly CalendarCatalogue _calendars;
    private readonly RuleExampleRunner _examples;

    /// <summary>Creates the publisher.</summary>
    public DefinitionPublisher(IDocumentStore documents, RuleSetValidator ruleSets, ReferenceData reference, CalendarCatalogue calendars)
    {
        _documents = documents;
        _ruleSets = ruleSets;
        _reference = reference;
        _calendars = calendars;
        _examples = new RuleExampleRunner(ruleSets, reference);
    }

    /// <summary>Every problem with a workflow definition or rule set, checked against what is published now.</summary>
    public async Task<IReadOnlyList<ValidationError>> ValidateAsync(DocumentKind kind, string content, CancellationToken cancellationToken = default) =>
        (await CheckAsync(kind, content, expectedKey: null, [], [], cancellationToken)).Errors;

    /// <summary>
    /// Stores a valid document as its key's draft. A rule set keeps the examples its key already
    /// has (its draft's, else its latest version's): editing the rules never drops them.
    /// </summary>
    public async Task<PublishResult> SaveDraftAsync(DocumentKind kind, string content, string actor, CancellationToken cancellationToken = default)
    {
        var (key, errors) = await CheckAsync(kind, content, expectedKey: null, [], [], cancellationToken);
        if (errors.Count > 0)
        {
            return new PublishResult(null, errors);
        }

        var examples = kind == DocumentKind.RuleSet ? await CurrentExamplesAsync(key!, cancellationToken) : null;
        return new PublishResult(await _documents.SaveDraftAsync(kind, key!, content, ContentHash.Of(content, examples), actor, examples, cancellationToken), []);
    }

    /// <summary>
    /// Stores a rule set's examples with its draft: on the draft when there is one, else on a new
    /// draft of the latest version's rules. The examples must be readable (known facts, each with
    /// an expectation); they need not pass yet: a failing example is how a lead shows a change is needed.
    /// </summary>
    public async Task<PublishResult> SaveExamplesAsync(string ruleSet, string examples, string actor, CancellationToken cancellationToken = default)
    {
        var read = _examples.Read(examples, ruleSet);
        if (read.Set is null)
        {
            return new PublishResult(null, read.Errors);
        }

        var versions = await _documents.ListVersionsAsync(DocumentKind.RuleSet, ruleSet, cancellationToken);
        var basis = versions.FirstOrDefault(v => v.Status == DocumentStatus.Draft) ?? versions.FirstOrDefault(v => v.Status == DocumentStatus.Published);
        if (basis is null)
        {
            return new PublishResult(null, [new("examples.no-rule-set", "$.ruleSet", $"There is no rule set '{ruleSet}' to keep these examples with.")]);
        }

        return new PublishResult(await _documents.SaveDraftAsync(DocumentKind.RuleSet, ruleSet, basis.Content, ContentHash.Of(basis.Content, examples), actor, examples, cancellationToken), []);
    }

    /// <summary>
    /// Publishes a valid document as a new version; running cases keep the version they started on.
    /// A rule set is published with <paramref name="examples"/> (or, when null, the examples its key
    /// already has) and only if every example passes; otherwise one problem per failing example.
    /// </summary>
    public Task<PublishResult> PublishAsync(DocumentKind kind, string content, string actor, string? examples, CancellationToken cancellationToken = default) =>
        PublishAsync(kind, content, actor, examples, reason: null, cancellationToken);

    /// <summary>
    /// As <see cref="PublishAsync(DocumentKind, string, string, string?, CancellationToken)"/>, keeping
    /// <paramref name="reason"/> in the version's history.
    /// </summary>
    public async Task<PublishResult> PublishAsync(DocumentKind kind, string content, string actor, string? examples, string? reason, CancellationToken cancellationToken = default)
    {
        var (key, errors) = await CheckAsync(kind, content, expectedKey: null, [], [], cancellationToken);
        return errors.Count > 0
            ? new PublishResult(null, errors)
            : await PublishCheckedAsync(kind, key!, content, examples ?? (kind == DocumentKind.RuleSet ? await CurrentExamplesAsync(key!, cancellationToken) : null), actor, cancellationToken, reason);
    }

    /// <summary>
    /// Publishes a valid document as a new version, a rule set with the examples its key already
    /// has, and only if they all pass.
    /// </summary>
    public Task<PublishResult> PublishAsync(DocumentKind kind, string content, string actor, CancellationToken cancellationToken = default) =>
        PublishAsync(kind, content, actor, examples: null, cancellationToken);

    /// <summary>Publishes a document that passed validation, once its examples pass: the one place versions are published.</summary>
    internal async Task<PublishResult> PublishCheckedAsync(DocumentKind kind, string key, string content, string? examples, string actor, CancellationToken cancellationToken,
        string? reason = null)
    {
        if (kind == DocumentKind.RuleSet)
        {
            var failing = await _examples.CheckAsync(content, examples, cancellationToken);
            if (failing.Count > 0)
            {
                return new PublishResult(null, failing);
            }
        }

        return new PublishResult(await _documents.PublishAsync(kind, key, content, ContentHash.Of(content, examples), actor, examples, reason, cancellationToken), []);
    }

    /// <summary>
    /// Publishes a submitted draft as approved, once it passes validation against what is published
    /// now and, for a rule set, every example stored with it. No errors and no document means the
    /// draft changed or was decided by someone else meanwhile.
    /// </summary>
    internal async Task<PublishResult> ApproveCheckedAsync(StoredDocument draft, string actor, string? note, CancellationToken cancellationToken)
    {
        var (_, errors) = await CheckAsync(draft.Kind, draft.Content, expectedKey: null, [], [], cancellationToken);
        if (errors.Count > 0)
        {
            return new PublishResult(null, errors);
        }

        if (draft.Kind == DocumentKind.RuleSet && await _examples.CheckAsync(draft.Content, draft.Examples, cancellationToken) is { Count: > 0 } failing)
        {
            return new PublishResult(null, failing);
        }

        return new PublishResult(await _documents.ApproveAsync(draft.Kind, draft.Key, draft.Version, draft.ContentHash, actor, note, cancellationToken), []);
    }

    /// <summary>Every problem with an examples file of a rule set (not whether the examples pass).</summary>
    internal IReadOnlyList<ValidationError> CheckExamples(string examples, string ruleSet) => _examples.Read(examples, ruleSet).Errors;

    /// <summary>The examples a rule set's key has now: its draft's, else its latest version's.</summary>
    internal async Task<string?> CurrentExamplesAsync(string key, CancellationToken cancellationToken)
    {
        var versions = await _documents.ListVersionsAsync(DocumentKind.RuleSet, key, cancellationToken);
        return (versions.FirstOrDefault(v => v.Status == DocumentStatus.Draft) ?? (versions.Count > 0 ? versions[0] : null))?.Examples;
    }

    /// <summary>
    /// Stops a published version starting new cases, recording who and why; returns false when
    /// there is no such published version. Whether anything still needs it is
    /// <see cref="DefinitionManagement"/>'s check.
    /// </summary>
    public Task<bool> RetireAsync(DocumentKind kind, string key, int version, string actor, string? reason, CancellationToken cancellationToken = default) =>
        _documents.RetireAsync(kind, key, version, actor, reason, cancellationToken);

    /// <summary>
    /// Validates a document, also accepting references to rule sets and workflows that are about
    /// to be published together with it (the files read at start-up).
    /// </summary>
    internal async Task<(string? Key, IReadOnlyList<ValidationError> Errors)> CheckAsync(
        DocumentKind kind, string content, string? expectedKey, IEnumerable<string> pendingRuleSets, IEnumerable<string> pendingWorkflows,
        CancellationToken cancellationToken)
    {
        if (kind == DocumentKind.RuleSet)
        {
            var ruleErrors = _ruleSets.Validate(content, expectedKey);
            return (ruleErrors.Count == 0 ? ReadRuleSetKey(content) : null, ruleErrors);
        }

        var read = WorkflowDefinitionReader.Read(content);
        if (read.Definition is null)
        {
            return (null, read.Errors);
        }

        var errors = new List<ValidationError>(read.Errors);
        if (expectedKey is not null && read.Definition.Key != expectedKey)
        {
            errors.Add(new("workflow.key-mismatch", "$.key", $"The workflow's key '{read.Definition.Key}' must match its file name '{expectedKey}.json'."));
        }

        var ruleSets = (await _documents.ListLatestPublishedAsync(DocumentKind.RuleSet, cancellationToken)).Select(d => d.Key).Concat(pendingRuleSets);
        var workflows = (await _documents.ListLatestPublishedAsync(DocumentKind.Workflow, cancellationToken)).Select(d => d.Key).Concat(pendingWorkflows);
        var context = DefinitionValidationContext.FromReference(_reference, ruleSets, workflows, _calendars.Calendars.Keys, _calendars.Panels.Keys);
        errors.AddRange(WorkflowDefinitionValidator.Validate(read.Definition, context));
        return (read.Definition.Key, errors);
    }

    private static string? ReadRuleSetKey(string content)
    {
        using var document = JsonDocument.Parse(content, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.TryGetProperty("WorkflowName", out var name) ? name.GetString() : null;
    }
}
