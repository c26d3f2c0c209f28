namespace WorkflowEngine.Core.CaseDocuments;

/// <summary>A document attached to a case (a letter, a photo, a plan): what it is, not its bytes.</summary>
/// <param name="Id">The document.</param>
/// <param name="CaseId">The case it belongs to.</param>
/// <param name="FileName">The file's name as uploaded (path removed).</param>
/// <param name="ContentType">The media type its content was recognised as, e.g. <c>application/pdf</c>.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Sha256">SHA-256 of its content, lowercase hex, so a copy can be checked against it.</param>
/// <param name="UploadedAt">When it was uploaded.</param>
/// <param name="UploadedBy">Who uploaded it (user name).</param>
public sealed record CaseAttachment(Guid Id, Guid CaseId, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt, string UploadedBy);
