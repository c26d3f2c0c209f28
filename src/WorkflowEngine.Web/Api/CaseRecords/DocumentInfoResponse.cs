using WorkflowEngine.Core.CaseDocuments;

namespace WorkflowEngine.Web.Api.CaseRecords;

/// <summary>A document attached to a case (its content is downloaded from its own address).</summary>
/// <param name="Id">The document.</param>
/// <param name="FileName">Its name.</param>
/// <param name="ContentType">Its media type, recognised from its content.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Sha256">SHA-256 of its content, lowercase hex.</param>
/// <param name="UploadedAt">When it was attached.</param>
/// <param name="UploadedBy">Who attached it (user name).</param>
public sealed record DocumentInfoResponse(Guid Id, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt, string UploadedBy)
{
    internal static DocumentInfoResponse From(CaseAttachment a) => new(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt, a.UploadedBy);
}
