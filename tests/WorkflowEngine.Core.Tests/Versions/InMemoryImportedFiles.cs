using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Tests.Versions;

/// <summary>The imported files' hashes in memory, as the ImportedFileHashes table keeps them.</summary>
internal sealed class InMemoryImportedFiles : IImportedFiles
{
    private readonly Dictionary<(DocumentKind, string), ImportedFile> _files = [];

    public Task<ImportedFile?> GetAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(_files.GetValueOrDefault((kind, key)));

    public Task RecordAsync(ImportedFile file, CancellationToken cancellationToken = default)
    {
        _files[(file.Kind, file.Key)] = file;
        return Task.CompletedTask;
    }
}
