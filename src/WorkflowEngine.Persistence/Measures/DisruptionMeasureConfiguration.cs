using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Measures;

/// <summary>The DisruptionMeasures table: insert-only, one row per measure on a completed disruption action.</summary>
internal sealed class DisruptionMeasureConfiguration : IEntityTypeConfiguration<DisruptionMeasureRecord>
{
    public void Configure(EntityTypeBuilder<DisruptionMeasureRecord> builder)
    {
        builder.ToTable("DisruptionMeasures");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Agency).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(m => m.Measure).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.HasIndex(m => new { m.TaskId, m.Measure }).IsUnique();
        // A case's measures up to a date, covering the NRM test by measure too.
        builder.HasIndex(m => new { m.CaseId, m.RecordedAt, m.Measure });
        builder.HasIndex(m => m.RecordedAt);
    }
}
