using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Versions;

/// <summary>
/// Publishes the files in <c>rules/</c> and <c>workflows/</c> at start-up: every file is validated
/// first (all problems reported at once, nothing published if any), then each file whose content
/// differs from its latest stored version is published as a new version.
/// </summary>
public sealed class CatalogueSynchroniser
{
    /// <summary>The actor recorded for versions published from files.</summary>
    public const string FilesActor = "system:files";

    private readonly DefinitionPublisher _publisher;
    private readonly IDocumentStore _documents;

    /// <summary>Creates the synchroniser.</summary>
    public CatalogueSynchroniser(DefinitionPublisher publisher, IDocumentStore documents)
    {
        _publisher = publisher;
        _documents = documents;
    }

    /// <summary>Validates and publishes changed files; returns the versions it published.</summary>
    /// <exception cref="CatalogueInvalidException">A file has problems; nothing was published.</exception>
    public async Task<IReadOnlyList<StoredDocument>> SyncAsync(string workflowsDirectory, string rulesDirectory, CancellationToken cancellationToken = default)
    {
        var rules = ReadFiles(rulesDirectory, DocumentKind.RuleSet);
        var workflows = ReadFiles(workflowsDirectory, DocumentKind.Workflow);
        var ruleKeys = rules.Select(f => f.Key).ToList();
        var workflowKeys = workflows.Select(f => f.Key).ToList();

        var errors = new List<ValidationError>();
        foreach (var file in rules.Concat(workflows))
        {
            var (_, fileErrors) = await _publisher.CheckAsync(file.Kind, file.Content, file.Key, ruleKeys, workflowKeys, cancellationToken);
            errors.AddRange(fileErrors.Select(e => e with { Path = $"{file.DisplayPath}#{e.Path}" }));
        }

        if (errors.Count > 0)
        {
            throw new CatalogueInvalidException(errors);
        }

        var published = new List<StoredDocument>();
        foreach (var file in rules.Concat(workflows))
        {
            var hash = ContentHash.Of(file.Content);
            var versions = await _documents.ListVersionsAsync(file.Kind, file.Key, cancellationToken);
            var latest = versions.FirstOrDefault(v => v.Status != DocumentStatus.Draft);
            if (latest?.ContentHash != hash)
            {
                published.Add(await _documents.PublishAsync(file.Kind, file.Key, file.Content, hash, FilesActor, cancellationToken));
            }
        }

        return published;
    }

    private static List<SourceFile> ReadFiles(string directory, DocumentKind kind)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The folder '{directory}' does not exist; the engine needs it to publish {kind} files.");
        }

        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        return Directory.EnumerateFiles(directory, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceFile(kind, Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), $"{folder}/{Path.GetFileName(path)}"))
            .ToList();
    }

    private sealed record SourceFile(DocumentKind Kind, string Key, string Content, string DisplayPath);
}
