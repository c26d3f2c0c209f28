using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WorkflowEngine.Core.Rules.Examples;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Versions;

/// <summary>
/// Publishes the files in <c>rules/</c> and <c>workflows/</c> at start-up: every file (and every
/// rule set's <c>{key}.examples.json</c>) is validated first (all problems reported at once, nothing
/// published if any), then each file whose content differs from every version stored for its key
/// is published as a new version, through the publisher's gate. A lead's newer version is never
/// overwritten by a file that was imported before. A changed rule set whose examples fail is not
/// published and the failures are logged; start-up goes on with its stored version (it stops only
/// when the rule set has no version at all).
/// </summary>
public sealed class CatalogueSynchroniser
{
    /// <summary>The actor recorded for versions published from files.</summary>
    public const string FilesActor = "system:files";

    private readonly DefinitionPublisher _publisher;
    private readonly IDocumentStore _documents;
    private readonly ILogger<CatalogueSynchroniser> _logger;

    /// <summary>Creates the synchroniser.</summary>
    public CatalogueSynchroniser(DefinitionPublisher publisher, IDocumentStore documents, ILogger<CatalogueSynchroniser>? logger = null)
    {
        _publisher = publisher;
        _documents = documents;
        _logger = logger ?? NullLogger<CatalogueSynchroniser>.Instance;
    }

    /// <summary>
    /// Every problem with the files, as start-up checks them before publishing: each workflow, rule
    /// set and examples file, named by its folder and file and the JSON path inside it.
    /// </summary>
    public async Task<IReadOnlyList<ValidationError>> ValidateAsync(string workflowsDirectory, string rulesDirectory, CancellationToken cancellationToken = default) =>
        (await ReadAndCheckAsync(workflowsDirectory, rulesDirectory, cancellationToken)).Errors;

    /// <summary>Validates and publishes changed files; returns the versions it published.</summary>
    /// <exception cref="CatalogueInvalidException">A file has problems; nothing was published.</exception>
    public async Task<IReadOnlyList<StoredDocument>> SyncAsync(string workflowsDirectory, string rulesDirectory, CancellationToken cancellationToken = default)
    {
        var (rules, workflows, errors) = await ReadAndCheckAsync(workflowsDirectory, rulesDirectory, cancellationToken);
        if (errors.Count > 0)
        {
            throw new CatalogueInvalidException(errors);
        }

        var published = new List<StoredDocument>();
        foreach (var file in rules.Concat(workflows))
        {
            var versions = await _documents.ListVersionsAsync(file.Kind, file.Key, cancellationToken);
            var stored = versions.Where(v => v.Status != DocumentStatus.Draft).ToList();
            if (stored.Exists(v => v.ContentHash == ContentHash.Of(file.Content, file.Examples) || (file.Examples is null && ContentHash.Of(v.Content) == ContentHash.Of(file.Content))))
            {
                continue;
            }

            var result = await _publisher.PublishCheckedAsync(file.Kind, file.Key, file.Content, file.Examples ?? stored.FirstOrDefault()?.Examples, FilesActor, cancellationToken);
            if (result.Succeeded)
            {
                published.Add(result.Document!);
                continue;
            }

            var failures = result.Errors.Select(e => e with { Path = $"{file.DisplayPath}#{e.Path}" }).ToList();
            if (stored.Count == 0)
            {
                throw new CatalogueInvalidException(failures);
            }

            _logger.LogWarning(
                "{File} changed but was not published, because its examples fail; version {Version} stays in use. {Failures}",
                file.DisplayPath, stored[0].Version, string.Join(" ", failures.Select(f => f.Message)));
        }

        return published;
    }

    private async Task<(List<SourceFile> Rules, List<SourceFile> Workflows, List<ValidationError> Errors)> ReadAndCheckAsync(
        string workflowsDirectory, string rulesDirectory, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        var rules = ReadFiles(rulesDirectory, DocumentKind.RuleSet, errors);
        var workflows = ReadFiles(workflowsDirectory, DocumentKind.Workflow, errors);
        var ruleKeys = rules.Select(f => f.Key).ToList();
        var workflowKeys = workflows.Select(f => f.Key).ToList();
        foreach (var file in rules.Concat(workflows))
        {
            var (_, fileErrors) = await _publisher.CheckAsync(file.Kind, file.Content, file.Key, ruleKeys, workflowKeys, cancellationToken);
            errors.AddRange(fileErrors.Select(e => e with { Path = $"{file.DisplayPath}#{e.Path}" }));
            if (file.Examples is not null)
            {
                var examplesPath = file.DisplayPath[..^".json".Length] + RuleExampleSet.FileSuffix;
                errors.AddRange(_publisher.CheckExamples(file.Examples, file.Key).Select(e => e with { Path = $"{examplesPath}#{e.Path}" }));
            }
        }

        return (rules, workflows, errors);
    }

    private static List<SourceFile> ReadFiles(string directory, DocumentKind kind, List<ValidationError> errors)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The folder '{directory}' does not exist; the engine needs it to publish {kind} files.");
        }

        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        var paths = Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal).ToList();
        var documents = paths.Where(p => !RuleExampleSet.IsExamplesFile(p)).ToList();
        var keys = documents.Select(p => Path.GetFileNameWithoutExtension(p)).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in paths.Where(RuleExampleSet.IsExamplesFile))
        {
            var name = Path.GetFileName(orphan);
            if (kind != DocumentKind.RuleSet || !keys.Contains(name[..^RuleExampleSet.FileSuffix.Length]))
            {
                errors.Add(new("examples.no-rule-set", $"{folder}/{name}",
                    $"{folder}/{name} holds examples, but there is no rule set {folder}/{name[..^RuleExampleSet.FileSuffix.Length]}.json beside it for them to test."));
            }
        }

        return documents
            .Select(path =>
            {
                var key = Path.GetFileNameWithoutExtension(path);
                var examples = Path.Combine(directory, RuleExampleSet.FileName(key));
                return new SourceFile(kind, key, File.ReadAllText(path), $"{folder}/{Path.GetFileName(path)}",
                    kind == DocumentKind.RuleSet && File.Exists(examples) ? File.ReadAllText(examples) : null);
            })
            .ToList();
    }

    private sealed record SourceFile(DocumentKind Kind, string Key, string Content, string DisplayPath, string? Examples);
}
