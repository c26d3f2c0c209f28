using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Persistence.Cases;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Tasks;

internal sealed class TaskRecordConfiguration : IEntityTypeConfiguration<TaskRecord>
{
    public void Configure(EntityTypeBuilder<TaskRecord> builder)
    {
        builder.ToTable("Tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();

        builder.Property(t => t.StageKey).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(t => t.TaskKey).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(t => t.Title).HasMaxLength(ColumnLengths.Text).IsRequired();
        builder.Property(t => t.Agency).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(t => t.Role).HasMaxLength(ColumnLengths.Key);
        builder.Property(t => t.AssignedTo).HasMaxLength(ColumnLengths.Name);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(ColumnLengths.Status);
        builder.Property(t => t.ClosedBy).HasMaxLength(ColumnLengths.Name);
        builder.Property(t => t.Outcome).HasMaxLength(ColumnLengths.Key);
        builder.Property(t => t.Reason).HasMaxLength(ColumnLengths.Text);
        builder.Property(t => t.Priority).HasConversion<string>().HasMaxLength(ColumnLengths.Status);
        builder.Property(t => t.HandoverFrom).HasMaxLength(ColumnLengths.Key);
        builder.Property(t => t.HandoverFromRole).HasMaxLength(ColumnLengths.Key);
        builder.Property(t => t.Version).IsConcurrencyToken();

        builder.HasOne<CaseRecord>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Restrict);

        // The inbox (an agency's open work by due time, for the agency, a person, a role or a task;
        // a stage names its tasks). Due times are watched by durable timers, so no index serves a
        // sweep by status and due time; the dashboard's (Status, Agency, EscalationLevel, DueAt) index
        // serves counts by status. The priority sits before the due time: the inbox walks each
        // priority class in due order, so neither "high priority first" nor a priority filter reads
        // past the other class's tasks (an agency's escalated tasks are nearly all high priority).
        builder.HasIndex(t => new { t.Agency, t.Status, t.Priority, t.DueAt }).HasDatabaseName(TaskIndexes.ByAgency);
        builder.HasIndex(t => new { t.Agency, t.AssignedTo, t.Status, t.Priority, t.DueAt }).HasDatabaseName(TaskIndexes.ByPerson);
        builder.HasIndex(t => new { t.Agency, t.Role, t.Status, t.Priority, t.DueAt }).HasDatabaseName(TaskIndexes.ByRole);
        builder.HasIndex(t => new { t.Agency, t.TaskKey, t.Status, t.Priority, t.DueAt }).HasDatabaseName(TaskIndexes.ByTask);
        builder.HasIndex(t => t.CaseId).HasDatabaseName(TaskIndexes.ByCase);
        // Hand-overs awaiting acceptance, for the sender's inbox and the dashboard: a partial index
        // holds only the few tasks with a sender.
        builder.HasIndex(t => new { t.HandoverFrom, t.Status }, TaskIndexes.AwaitingAcceptance).HasFilter(TaskIndexes.AwaitingAcceptanceFilter);
    }
}
