using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Persistence.Cases;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.CaseDocuments;

internal sealed class CaseAttachmentRecordConfiguration : IEntityTypeConfiguration<CaseAttachmentRecord>
{
    public void Configure(EntityTypeBuilder<CaseAttachmentRecord> builder)
    {
        builder.ToTable("CaseAttachments");
        builder.HasKey(a => a.Id);
        builder.HasOne<CaseRecord>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.CaseId);
        builder.Property(a => a.FileName).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(ColumnLengths.Hash).IsRequired();
        builder.Property(a => a.UploadedBy).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.Property(a => a.Content).IsRequired();
    }
}
