using System.Collections.Concurrent;
using System.Text.Json;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Runtime;

/// <summary>
/// Gives the runtime published workflow versions, each compiled once and cached for the life of
/// the process (a published version never changes, so the cache needs no invalidation).
/// </summary>
public sealed class WorkflowCatalogue
{
    private readonly IDocumentReader _documents;
    private readonly ConcurrentDictionary<(string Key, int Version), CompiledWorkflow> _compiled = new();

    /// <summary>Creates the catalogue over the document store.</summary>
    public WorkflowCatalogue(IDocumentReader documents) => _documents = documents;

    /// <summary>The definition of a stored version, or null when there is no such version.</summary>
    public async Task<WorkflowDefinition?> GetDefinitionAsync(string key, int version, CancellationToken cancellationToken = default) =>
        (await GetAsync(key, version, cancellationToken))?.Definition;

    internal async Task<CompiledWorkflow?> GetAsync(string key, int version, CancellationToken cancellationToken)
    {
        if (_compiled.TryGetValue((key, version), out var compiled))
        {
            return compiled;
        }

        var document = await _documents.GetAsync(DocumentKind.Workflow, key, version, cancellationToken);
        return document is null || document.Status == DocumentStatus.Draft ? null : Compile(document);
    }

    /// <summary>The latest published version of a workflow, or null when it has none (e.g. to name a linked track before it is started).</summary>
    public async Task<WorkflowDefinition?> GetLatestDefinitionAsync(string key, CancellationToken cancellationToken = default) =>
        (await GetLatestAsync(key, new PublishedVersionSnapshot(), cancellationToken))?.Definition;

    internal async Task<CompiledWorkflow?> GetLatestAsync(string key, PublishedVersionSnapshot versions, CancellationToken cancellationToken)
    {
        // Only the version number is read, once per command; the definition is compiled once per version.
        var version = await versions.GetLatestAsync(_documents, DocumentKind.Workflow, key, cancellationToken);
        return version is { } latest ? await GetAsync(key, latest, cancellationToken) : null;
    }

    /// <summary>Whether any version (draft, published or retired) of the workflow is stored.</summary>
    internal async Task<bool> IsKnownAsync(string key, CancellationToken cancellationToken) =>
        (await _documents.ListVersionsAsync(DocumentKind.Workflow, key, cancellationToken)).Count > 0;

    private CompiledWorkflow Compile(StoredDocument document)
    {
        // Stored versions were validated when published; reading them again needs no schema pass.
        var definition = JsonSerializer.Deserialize<WorkflowDefinition>(document.Content, EngineJson.Options)
            ?? throw new InvalidOperationException($"Workflow '{document.Key}' version {document.Version} is empty.");
        return _compiled.GetOrAdd((document.Key, document.Version), _ => new CompiledWorkflow(definition, document.Version));
    }
}
