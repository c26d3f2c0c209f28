using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Persistence.Cases;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Escalation;

/// <summary>The Escalations table. Changes are guarded by the case's version, saved in the same transaction.</summary>
internal sealed class TaskEscalationConfiguration : IEntityTypeConfiguration<TaskEscalation>
{
    public void Configure(EntityTypeBuilder<TaskEscalation> builder)
    {
        builder.ToTable("Escalations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.RaisedBy).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.Property(e => e.Reason).HasMaxLength(ColumnLengths.Text).IsRequired();
        builder.Property(e => e.TargetAgency).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(e => e.TargetRole).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(ColumnLengths.Status);
        builder.Property(e => e.AcknowledgedBy).HasMaxLength(ColumnLengths.Name);
        builder.Property(e => e.ResolvedBy).HasMaxLength(ColumnLengths.Name);
        builder.Property(e => e.Resolution).HasMaxLength(ColumnLengths.Text);
        builder.Ignore(e => e.IsLive);

        builder.HasOne<CaseRecord>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Restrict);

        // No foreign key to the task: an escalation is written only by its task's case, in the
        // same save, and tasks are never deleted. The key's index (nothing reads by it) cost every
        // escalation an entry at a random page: an eighth of the writer's time in the timer storm.

        // The manager's queue: live escalations by target and level; and a case's own.
        builder.HasIndex(e => new { e.Status, e.TargetAgency, e.Level });
        builder.HasIndex(e => e.CaseId);
    }
}
