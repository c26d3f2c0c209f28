using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace WorkflowEngine.Web.Identity;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL accounts model to write its migrations; no database is opened.</summary>
internal sealed class DesignTimePostgreSqlIdentityStoreFactory : IDesignTimeDbContextFactory<PostgreSqlIdentityStore>
{
    public PostgreSqlIdentityStore CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlIdentityStore>().UseNpgsql("Host=localhost;Database=design-time").Options);
}
