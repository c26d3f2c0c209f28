using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace WorkflowEngine.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the model to write migrations; no database is opened.</summary>
internal sealed class DesignTimeEngineDbContextFactory : IDesignTimeDbContextFactory<EngineDbContext>
{
    public EngineDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EngineDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
