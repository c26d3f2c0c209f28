using System.Text.Json;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Versions;

/// <summary>
/// Management of workflow definitions and rule sets: validate, save a draft, publish a new version,
/// retire. Nothing is stored unless it passes the same validators that check the shipped files.
/// </summary>
public sealed class DefinitionPublisher
{
    private readonly IDocumentStore _documents;
    private readonly RuleSetValidator _ruleSets;
    private readonly ReferenceData _reference;
    private readonly CalendarCatalogue _calendars;

    /// <summary>Creates the publisher.</summary>
    public DefinitionPublisher(IDocumentStore documents, RuleSetValidator ruleSets, ReferenceData reference, CalendarCatalogue calendars)
    {
        _documents = documents;
        _ruleSets = ruleSets;
        _reference = reference;
        _calendars = calendars;
    }

    /// <summary>Every problem with a workflow definition or rule set, checked against what is published now.</summary>
    public async Task<IReadOnlyList<ValidationError>> ValidateAsync(DocumentKind kind, string content, CancellationToken cancellationToken = default) =>
        (await CheckAsync(kind, content, expectedKey: null, [], [], cancellationToken)).Errors;

    /// <summary>Stores a valid document as its key's draft.</summary>
    public async Task<PublishResult> SaveDraftAsync(DocumentKind kind, string content, string actor, CancellationToken cancellationToken = default)
    {
        var (key, errors) = await CheckAsync(kind, content, expectedKey: null, [], [], cancellationToken);
        return errors.Count > 0
            ? new PublishResult(null, errors)
            : new PublishResult(await _documents.SaveDraftAsync(kind, key!, content, ContentHash.Of(content), actor, cancellationToken), []);
    }

    /// <summary>Publishes a valid document as a new version. Running cases keep the version they started on.</summary>
    public async Task<PublishResult> PublishAsync(DocumentKind kind, string content, string actor, CancellationToken cancellationToken = default)
    {
        var (key, errors) = await CheckAsync(kind, content, expectedKey: null, [], [], cancellationToken);
        return errors.Count > 0
            ? new PublishResult(null, errors)
            : new PublishResult(await _documents.PublishAsync(kind, key!, content, ContentHash.Of(content), actor, cancellationToken), []);
    }

    /// <summary>Stops a published version starting new cases; returns false when there is no such published version.</summary>
    public Task<bool> RetireAsync(DocumentKind kind, string key, int version, CancellationToken cancellationToken = default) =>
        _documents.RetireAsync(kind, key, version, cancellationToken);

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
