using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WorkflowEngine.Core.Rules.Examples;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Versions;

/// <summary>
/// Imports the files in <c>rules/</c> and <c>workflows/</c> at start-up: every file (and every
/// rule set's <c>{key}.examples.json</c>) is validated first (all problems reported at once, nothing
/// published if any). After that the database is the source of truth: a file is imported only when
/// the file itself changed since it was last imported (its hash is kept apart from the versions,
/// <see cref="IImportedFiles"/>). A changed file is published through the publisher's gate while the
/// version in use came from the files; when a lead has published a version since, the file becomes
/// a draft instead and a warning is logged, so a lead's version is never overwritten. A changed rule
/// set whose examples fail is not published and the failures are logged; start-up goes on with its
/// stored version (it stops only when the rule set has no version at all).
/// </summary>
public sealed class CatalogueSynchroniser
{
    /// <summary>The actor recorded for versions published from files.</summary>
    public const string FilesActor = "system:files";

    private readonly DefinitionPublisher _publisher;
    private readonly IDocumentStore _documents;
    private readonly ILogger<CatalogueSynchroniser> _logger;
    private readonly IImportedFiles? _importedFiles;
    private readonly TimeProvider _time;

    /// <summary>Creates the synchroniser.</summary>
    /// <param name="publisher">Publishes through the examples gate.</param>
    /// <param name="documents">The stored versions.</param>
    /// <param name="logger">Where warnings go.</param>
    /// <param name="importedFiles">The hash of each file as last imported; without it, a file is imported when no stored version holds it.</param>
    /// <param name="time">When an import happened.</param>
    public CatalogueSynchroniser(DefinitionPublisher publisher, IDocumentStore documents, ILogger<CatalogueSynchroniser>? logger = null,
        IImportedFiles? importedFiles = null, TimeProvider? time = null)
    {
        _publisher = publisher;
        _documents = documents;
        _logger = logger ?? NullLogger<CatalogueSynchroniser>.Instance;
        _importedFiles = importedFiles;
        _time = time ?? TimeProvider.System;
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
            if (await ImportAsync(file, cancellationToken) is { } version)
            {
                published.Add(version);
            }
        }

        return published;
    }

    // The database is the source of truth after start-up: a file is imported only when it changed
    // since its last import, and then published only while the version in use came from the files.
    private async Task<StoredDocument?> ImportAsync(SourceFile file, CancellationToken cancellationToken)
    {
        var fileHash = ContentHash.Of(file.Content, file.Examples);
        var lastImport = _importedFiles is null ? null : await _importedFiles.GetAsync(file.Kind, file.Key, cancellationToken);
        if (lastImport?.FileHash == fileHash)
        {
            return null;
        }

        var versions = await _documents.ListVersionsAsync(file.Kind, file.Key, cancellationToken);
        var stored = versions.Where(v => v.Status != DocumentStatus.Draft).ToList();
        if (lastImport is null && stored.Find(v => v.ContentHash == fileHash || (file.Examples is null && ContentHash.Of(v.Content) == ContentHash.Of(file.Content))) is { } held)
        {
            // Never imported with its hash kept (a database from before), but the database holds it already.
            await RememberAsync(file, fileHash, held.Version, cancellationToken);
            return null;
        }

        var inUse = stored.Find(v => v.Status == DocumentStatus.Published);
        if (inUse is not null && inUse.CreatedBy != FilesActor)
        {
            await ImportAsDraftAsync(file, fileHash, inUse, versions, cancellationToken);
            return null;
        }

        var result = await _publisher.PublishCheckedAsync(file.Kind, file.Key, file.Content, file.Examples ?? stored.FirstOrDefault()?.Examples, FilesActor, cancellationToken,
            "The file changed since it was last imported.");
        if (result.Succeeded)
        {
            await RememberAsync(file, fileHash, result.Document!.Version, cancellationToken);
            return result.Document;
        }

        var failures = result.Errors.Select(e => e with { Path = $"{file.DisplayPath}#{e.Path}" }).ToList();
        if (stored.Count == 0)
        {
            throw new CatalogueInvalidException(failures);
        }

        _logger.LogWarning(
            "{File} changed but was not published, because its examples fail; version {Version} stays in use. {Failures}",
            file.DisplayPath, stored[0].Version, string.Join(" ", failures.Select(f => f.Message)));
        return null;
    }

    private async Task ImportAsDraftAsync(SourceFile file, string fileHash, StoredDocument inUse, IReadOnlyList<StoredDocument> versions, CancellationToken cancellationToken)
    {
        if (versions.FirstOrDefault(v => v.Status == DocumentStatus.Draft) is { } draft && draft.CreatedBy != FilesActor)
        {
            _logger.LogWarning(
                "{File} changed since it was last imported, but {Person} published version {Version} of '{Key}' since and {Editor} is editing a draft; the file was not imported, so the draft is kept. It will be tried again at the next start.",
                file.DisplayPath, inUse.CreatedBy, inUse.Version, file.Key, draft.CreatedBy);
            return;
        }

        var examples = file.Examples ?? inUse.Examples;
        var stored = await _documents.SaveDraftAsync(file.Kind, file.Key, file.Content, ContentHash.Of(file.Content, examples), FilesActor, examples, cancellationToken);
        await RememberAsync(file, fileHash, stored.Version, cancellationToken);
        _logger.LogWarning(
            "{File} changed since it was last imported, but {Person} published version {Version} of '{Key}' since; the file was stored as draft version {Draft} for a lead to compare and publish, and version {Version} stays in use.",
            file.DisplayPath, inUse.CreatedBy, inUse.Version, file.Key, stored.Version, inUse.Version);
    }

    private Task RememberAsync(SourceFile file, string fileHash, int version, CancellationToken cancellationToken) =>
        _importedFiles?.RecordAsync(new ImportedFile(file.Kind, file.Key, fileHash, version, _time.GetUtcNow()), cancellationToken) ?? Task.CompletedTask;

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
