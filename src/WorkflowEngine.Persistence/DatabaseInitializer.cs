using Microsoft.EntityFrameworkCore;

namespace WorkflowEngine.Persistence;

/// <summary>Brings the database up to date: run at start-up, or by an operator's command.</summary>
public sealed class DatabaseInitializer
{
    private readonly IDbContextFactory<EngineDbContext> _contexts;

    internal DatabaseInitializer(IDbContextFactory<EngineDbContext> contexts) => _contexts = contexts;

    /// <summary>Creates the database if needed and applies every migration not yet applied.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
