using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.CaseDocuments;

namespace WorkflowEngine.Persistence.CaseDocuments;

/// <summary>The default case document store: content and description in the engine's own database (CaseAttachments).</summary>
internal sealed class EfCaseDocumentStore(IDbContextFactory<EngineDbContext> contexts, Cases.SqliteWriteGate writes) : ICaseDocumentStore
{
    public async Task PutAsync(StoredAttachment document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var a = document.Attachment;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.CaseAttachments.Add(new CaseAttachmentRecord
        {
            Id = a.Id, CaseId = a.CaseId, FileName = a.FileName, ContentType = a.ContentType, Size = a.Size, Sha256 = a.Sha256,
            UploadedAt = a.UploadedAt, UploadedBy = a.UploadedBy, Content = document.Content,
        });
        using var turn = await writes.EnterAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<StoredAttachment?> ReadAsync(Guid caseId, Guid documentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var r = await db.CaseAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == documentId && a.CaseId == caseId, cancellationToken);
        return r is null ? null : new StoredAttachment(new CaseAttachment(r.Id, r.CaseId, r.FileName, r.ContentType, r.Size, r.Sha256, r.UploadedAt, r.UploadedBy), r.Content);
    }

    public async Task DeleteAsync(Guid caseId, Guid documentId, CancellationToken cancellationToken = default)
    {
        using var turn = await writes.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.CaseAttachments.Where(a => a.Id == documentId && a.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
    }
}
