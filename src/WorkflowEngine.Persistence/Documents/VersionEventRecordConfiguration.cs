using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Documents;

internal sealed class VersionEventRecordConfiguration : IEntityTypeConfiguration<VersionEventRecord>
{
    public void Configure(EntityTypeBuilder<VersionEventRecord> builder)
    {
        builder.ToTable("VersionHistory");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(ColumnLengths.Status);
        builder.Property(e => e.Key).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(ColumnLengths.Status);
        builder.Property(e => e.Actor).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.Property(e => e.Reason).HasMaxLength(ColumnLengths.Text);
        builder.HasIndex(e => new { e.Kind, e.Key });
    }
}
