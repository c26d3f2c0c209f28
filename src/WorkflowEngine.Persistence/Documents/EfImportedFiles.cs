using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Persistence.Documents;

/// <summary>The ImportedFileHashes table: one row per file, replaced at each import.</summary>
internal sealed class EfImportedFiles(IDbContextFactory<EngineDbContext> contexts, Cases.SqliteWriteGate writes) : IImportedFiles
{
    public async Task<ImportedFile?> GetAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.ImportedFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Kind == kind && f.Key == key, cancellationToken);
        return record is null ? null : new ImportedFile(record.Kind, record.Key, record.FileHash, record.Version, record.ImportedAt);
    }

    public async Task RecordAsync(ImportedFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var turn = await writes.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.ImportedFiles.FirstOrDefaultAsync(f => f.Kind == file.Kind && f.Key == file.Key, cancellationToken);
        if (record is null)
        {
            record = new ImportedFileRecord { Kind = file.Kind, Key = file.Key };
            db.ImportedFiles.Add(record);
        }

        record.FileHash = file.FileHash;
        record.Version = file.Version;
        record.ImportedAt = file.ImportedAt;
        await db.SaveChangesAsync(cancellationToken);
    }
}
