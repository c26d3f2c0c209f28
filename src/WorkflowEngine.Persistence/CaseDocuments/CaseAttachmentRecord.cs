namespace WorkflowEngine.Persistence.CaseDocuments;

/// <summary>A row of the CaseAttachments table: a case document's content and what it is. (Not the workflow and rule set documents of Documents/.)</summary>
internal sealed class CaseAttachmentRecord
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long Size { get; set; }

    public string Sha256 { get; set; } = string.Empty;

    public DateTimeOffset UploadedAt { get; set; }

    public string UploadedBy { get; set; } = string.Empty;

    public byte[] Content { get; set; } = [];
}
