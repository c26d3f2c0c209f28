using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Persistence.Documents;

internal static class DocumentMapper
{
    public static StoredDocument ToModel(DocumentRecord record) => new(
        record.Kind,
        record.Key,
        record.Version,
        record.Status,
        record.Content,
        record.ContentHash,
        record.CreatedAt,
        record.CreatedBy,
        record.Examples,
        record.SubmittedBy,
        record.SubmittedAt);
}
