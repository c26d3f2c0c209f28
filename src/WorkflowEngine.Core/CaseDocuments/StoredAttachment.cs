namespace WorkflowEngine.Core.CaseDocuments;

/// <summary>A case document with its content, as the store holds it.</summary>
/// <param name="Attachment">What it is.</param>
/// <param name="Content">Its bytes.</param>
public sealed record StoredAttachment(CaseAttachment Attachment, byte[] Content);
