using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Persistence.Documents;

/// <summary>A row of the ImportedFileHashes table: the hash of a file in workflows/ or rules/ as last imported.</summary>
internal sealed class ImportedFileRecord
{
    public DocumentKind Kind { get; set; }

    public string Key { get; set; } = string.Empty;

    public string FileHash { get; set; } = string.Empty;

    public int Version { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
