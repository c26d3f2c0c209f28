using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace WorkflowEngine.Web.Identity;

/// <summary>
/// Lets <c>dotnet ef</c> build the SQLite accounts model to write its migrations; no database is
/// opened. Without it the tools take the PostgreSQL factory for this base type too.
/// </summary>
internal sealed class DesignTimeIdentityStoreFactory : IDesignTimeDbContextFactory<IdentityStore>
{
    public IdentityStore CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<IdentityStore>().UseSqlite("Data Source=design-time.db").Options);
}
