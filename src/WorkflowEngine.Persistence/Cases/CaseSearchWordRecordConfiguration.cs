using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Cases;

internal sealed class CaseSearchWordRecordConfiguration : IEntityTypeConfiguration<CaseSearchWordRecord>
{
    public void Configure(EntityTypeBuilder<CaseSearchWordRecord> builder)
    {
        builder.ToTable("CaseSearchWords");
        // Keyed by case first: a search checks a found case's other words with one key lookup each.
        builder.HasKey(w => new { w.CaseId, w.Word });
        builder.Property(w => w.Word).HasMaxLength(ColumnLengths.Name).IsRequired();
        // The search's walk: a word's prefix is a range of this index, which holds the case id too.
        builder.HasIndex(w => new { w.Word, w.CaseId });
        builder.HasOne<CaseRecord>().WithMany().HasForeignKey(w => w.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
