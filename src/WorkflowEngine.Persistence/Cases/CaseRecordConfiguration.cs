using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Cases;

internal sealed class CaseRecordConfiguration : IEntityTypeConfiguration<CaseRecord>
{
    public void Configure(EntityTypeBuilder<CaseRecord> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();

        builder.Property(c => c.WorkflowKey).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(c => c.StageKey).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(ColumnLengths.Status);
        builder.Property(c => c.ClosureReason).HasMaxLength(ColumnLengths.Text);
        builder.Property(c => c.ChildJson).IsRequired();
        builder.Property(c => c.ContactJson).IsRequired();
        builder.Property(c => c.FactsJson).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.JournalHead).HasMaxLength(ColumnLengths.Hash).IsRequired();

        builder.Property(c => c.ChildName).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.Property(c => c.ReferrerAgency).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(c => c.InvolvedAgencies).HasMaxLength(ColumnLengths.Text).IsRequired();
        builder.HasIndex(c => c.ChildId);
        builder.HasIndex(c => c.ChildName);
        builder.HasIndex(c => new { c.WorkflowKey, c.WorkflowVersion });
        builder.HasIndex(c => c.Status);
        builder.Property(c => c.RecordedBy).HasMaxLength(ColumnLengths.Name);
        builder.HasIndex(c => new { c.RecordedBy, c.OpenedAt }).HasFilter("\"RecordedBy\" IS NOT NULL");
    }
}
