using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace WorkflowEngine.Web.Identity;

/// <summary>
/// Local accounts (ASP.NET Core Identity) in the engine's own database file, with a migrations
/// history table of their own so the two schemas evolve independently.
/// </summary>
internal class IdentityStore : IdentityDbContext<EngineUser>
{
    public IdentityStore(DbContextOptions<IdentityStore> options)
        : base(options)
    {
    }

    protected IdentityStore(DbContextOptions options)
        : base(options)
    {
    }

    public const string HistoryTable = "__IdentityMigrationsHistory";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<EngineUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.Agency).HasMaxLength(200);
            user.Property(u => u.Team).HasMaxLength(200);
            user.HasIndex(u => u.Agency);
        });
    }
}
