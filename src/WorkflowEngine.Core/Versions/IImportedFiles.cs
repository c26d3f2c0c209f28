namespace WorkflowEngine.Core.Versions;

/// <summary>Remembers the hash of each file as last imported at start-up.</summary>
public interface IImportedFiles
{
    /// <summary>The last import of the key's file, or null when it was never imported.</summary>
    Task<ImportedFile?> GetAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default);

    /// <summary>Records an import, replacing the key's earlier one.</summary>
    Task RecordAsync(ImportedFile file, CancellationToken cancellationToken = default);
}
