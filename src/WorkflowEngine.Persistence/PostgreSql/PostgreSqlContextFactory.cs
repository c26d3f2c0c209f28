using Microsoft.EntityFrameworkCore;

namespace WorkflowEngine.Persistence.PostgreSql;

/// <summary>Hands out PostgreSQL's contexts (pooled) wherever the stores ask for the engine's context.</summary>
internal sealed class PostgreSqlContextFactory(IDbContextFactory<PostgreSqlEngineDbContext> contexts) : IDbContextFactory<EngineDbContext>
{
    public EngineDbContext CreateDbContext() => contexts.CreateDbContext();

    public async Task<EngineDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await contexts.CreateDbContextAsync(cancellationToken);
}
