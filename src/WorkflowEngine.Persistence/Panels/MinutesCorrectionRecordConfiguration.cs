using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Panels;

internal sealed class MinutesCorrectionRecordConfiguration : IEntityTypeConfiguration<MinutesCorrectionRecord>
{
    public void Configure(EntityTypeBuilder<MinutesCorrectionRecord> builder)
    {
        builder.ToTable("MinutesCorrections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Text).HasMaxLength(ColumnLengths.Text).IsRequired();
        builder.Property(c => c.By).HasMaxLength(ColumnLengths.Name).IsRequired();
    }
}
