using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Core.CaseDocuments;

/// <summary>Attaches a document to a case.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="FileName">The file's name as sent (any folder part is dropped).</param>
/// <param name="Content">Its bytes.</param>
/// <param name="Actor">Who uploads it (user name).</param>
/// <param name="ActorAgency">Their agency, shown beside the document.</param>
/// <param name="Access">Who may act on the case; everyone when null.</param>
public sealed record UploadAttachmentCommand(Guid CaseId, string FileName, byte[] Content, string Actor, string ActorAgency, CaseAccessCheck? Access = null);
