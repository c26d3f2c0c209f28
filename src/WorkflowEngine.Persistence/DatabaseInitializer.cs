using Microsoft.EntityFrameworkCore;

namespace WorkflowEngine.Persistence;

/// <summary>Brings the database up to date: run at start-up, or by an operator's command.</summary>
public sealed class DatabaseInitializer
{
    private readonly IDbContextFactory<EngineDbContext> _contexts;
    private readonly Cases.SqliteWriteGate _writes;

    internal DatabaseInitializer(IDbContextFactory<EngineDbContext> contexts, Cases.SqliteWriteGate writes)
    {
        _contexts = contexts;
        _writes = writes;
    }

    /// <summary>Creates the database if needed, applies every migration not yet applied, gives children of older cases their records and older cases their search words, and refreshes the planner's statistics.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        using var turn = await _writes.EnterAsync(cancellationToken);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await Children.ChildBackfill.RunAsync(db, cancellationToken);
        await Cases.CaseSearchWordBackfill.RunAsync(db, cancellationToken);

        // SQLite's query planner picks between indexes by their statistics; this refreshes them
        // where they are missing or stale, cheaply (SQLite's advice for long-lived databases).
        // PostgreSQL's autovacuum keeps its statistics itself.
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize", cancellationToken);
        }
    }
}
