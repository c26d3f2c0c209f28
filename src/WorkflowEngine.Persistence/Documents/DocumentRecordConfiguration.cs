using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Documents;

internal sealed class DocumentRecordConfiguration : IEntityTypeConfiguration<DocumentRecord>
{
    public void Configure(EntityTypeBuilder<DocumentRecord> builder)
    {
        builder.ToTable("Documents");
        builder.HasKey(d => d.Id);

        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(ColumnLengths.Status);
        builder.Property(d => d.Key).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(ColumnLengths.Status);
        builder.Property(d => d.Content).IsRequired();
        builder.Property(d => d.ContentHash).HasMaxLength(ColumnLengths.Hash).IsRequired();
        builder.Property(d => d.CreatedBy).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.Property(d => d.SubmittedBy).HasMaxLength(ColumnLengths.Name);

        // Two publishers numbering the same version clash here; the store retries once.
        builder.HasIndex(d => new { d.Kind, d.Key, d.Version }).IsUnique();
    }
}
