namespace WorkflowEngine.Core.CaseDocuments;

/// <summary>
/// Where case documents' content is kept: the engine's database by default; a council may plug in
/// its own (a document management system). The case's journal says which documents a case has;
/// the store only holds their bytes, so a store that cannot join the case's transaction still works.
/// </summary>
public interface ICaseDocumentStore
{
    /// <summary>Keeps a document's content.</summary>
    Task PutAsync(StoredAttachment document, CancellationToken cancellationToken = default);

    /// <summary>A document of the case with its content, or null when the case has no such document.</summary>
    Task<StoredAttachment?> ReadAsync(Guid caseId, Guid documentId, CancellationToken cancellationToken = default);

    /// <summary>Removes a document whose upload was refused after it was kept (nothing half-written).</summary>
    Task DeleteAsync(Guid caseId, Guid documentId, CancellationToken cancellationToken = default);
}
