using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace WorkflowEngine.Persistence.PostgreSql;

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL model to write its migrations
/// (<c>--context PostgreSqlEngineDbContext --output-dir PostgreSql/Migrations</c>); no database is opened.
/// </summary>
internal sealed class DesignTimePostgreSqlEngineDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlEngineDbContext>
{
    public PostgreSqlEngineDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlEngineDbContext>().UseNpgsql("Host=localhost;Database=design-time").Options);
}
