using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Documents;

internal sealed class ImportedFileRecordConfiguration : IEntityTypeConfiguration<ImportedFileRecord>
{
    public void Configure(EntityTypeBuilder<ImportedFileRecord> builder)
    {
        builder.ToTable("ImportedFileHashes");
        builder.HasKey(f => new { f.Kind, f.Key });
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(ColumnLengths.Status);
        builder.Property(f => f.Key).HasMaxLength(ColumnLengths.Key);
        builder.Property(f => f.FileHash).HasMaxLength(ColumnLengths.Hash).IsRequired();
    }
}
