using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Persistence.Cases;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Timers;

/// <summary>The Timers table: the engine's model maps as it is, with its version as the concurrency token.</summary>
internal sealed class DueTimerConfiguration : IEntityTypeConfiguration<DueTimer>
{
    public void Configure(EntityTypeBuilder<DueTimer> builder)
    {
        builder.ToTable("Timers");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Key).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(ColumnLengths.Status);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(ColumnLengths.Status);
        builder.Property(t => t.TransitionKey).HasMaxLength(ColumnLengths.Key);
        builder.Property(t => t.LastError).HasMaxLength(ColumnLengths.Text);
        builder.Property(t => t.LeaseOwner).HasMaxLength(ColumnLengths.Name);
        builder.Property(t => t.Version).IsConcurrencyToken();

        builder.HasOne<CaseRecord>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Restrict);

        // One timer per owner and purpose: a second plan of the same timer cannot be inserted.
        builder.HasIndex(t => new { t.CaseId, t.Key }).IsUnique();

        // The dispatcher's sweep: pending timers by next attempt.
        builder.HasIndex(t => new { t.Status, t.NextAttemptAt });
    }
}
