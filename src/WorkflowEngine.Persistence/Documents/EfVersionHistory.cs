using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Persistence.Documents;

/// <summary>Reads the VersionHistory table, which the document store writes with each publish and retire, and the keys of the Documents table.</summary>
internal sealed class EfVersionHistory(IDbContextFactory<EngineDbContext> contexts) : IVersionHistory
{
    public async Task<IReadOnlyList<VersionEvent>> ListAsync(DocumentKind kind, string key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.VersionHistory.AsNoTracking()
            .Where(e => e.Kind == kind && e.Key == key)
            .OrderByDescending(e => e.Id)
            .ToListAsync(cancellationToken);
        return [.. records.Select(e => new VersionEvent(e.Kind, e.Key, e.Version, e.Action, e.Actor, e.At, e.Reason))];
    }

    public async Task<IReadOnlyList<string>> ListKeysAsync(DocumentKind kind, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = await db.Documents.AsNoTracking().Where(d => d.Kind == kind).Select(d => d.Key).Distinct().ToListAsync(cancellationToken);
        return [.. keys.Order(StringComparer.Ordinal)];
    }
}
