using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace WorkflowEngine.Web.Identity;

/// <summary>
/// Local accounts (ASP.NET Core Identity) in the engine's own database file, with a migrations
/// history table of their own so the two schemas evolve independently. The Data Protection key
/// ring (which signs cookies and anti-forgery tokens) lives here too, shared by every node.
/// </summary>
internal class IdentityStore : IdentityDbContext<EngineUser>, IDataProtectionKeyContext
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

    /// <summary>Failed sign-ins per client address and name typed, counted by every node together.</summary>
    public DbSet<SignInFailureCount> SignInFailures => Set<SignInFailureCount>();

    /// <summary>The Data Protection keys every node signs and reads with.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

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
        builder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");
        builder.Entity<SignInFailureCount>(failures =>
        {
            failures.ToTable("SignInFailures");
            failures.HasKey(f => new { f.Key, f.Window });
            failures.Property(f => f.Key).HasMaxLength(300);

            // Ended windows are deleted by window.
            failures.HasIndex(f => f.Window);
        });
    }
}
