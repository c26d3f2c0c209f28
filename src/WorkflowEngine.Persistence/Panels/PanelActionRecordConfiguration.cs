using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Panels;

internal sealed class PanelActionRecordConfiguration : IEntityTypeConfiguration<PanelActionRecord>
{
    public void Configure(EntityTypeBuilder<PanelActionRecord> builder)
    {
        builder.ToTable("PanelActions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Agency).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(a => a.Text).HasMaxLength(ColumnLengths.Text).IsRequired();
        builder.Property(a => a.RecordedBy).HasMaxLength(ColumnLengths.Name).IsRequired();
    }
}
