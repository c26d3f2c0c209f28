using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Persistence.Cases;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Journal;

internal sealed class JournalEntryRecordConfiguration : IEntityTypeConfiguration<JournalEntryRecord>
{
    public const string TableName = "JournalEntries";

    public void Configure(EntityTypeBuilder<JournalEntryRecord> builder)
    {
        builder.ToTable(TableName);

        // The key is the unique (CaseId, Sequence) pair: two writers appending the same entry
        // number to one case clash here, and a journal is read in key order.
        builder.HasKey(j => new { j.CaseId, j.Sequence });
        builder.Property(j => j.Sequence).ValueGeneratedNever();

        builder.Property(j => j.Actor).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.Property(j => j.Kind).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(j => j.DataJson).IsRequired();
        builder.Property(j => j.PreviousHash).HasMaxLength(ColumnLengths.Hash).IsRequired();
        builder.Property(j => j.Hash).HasMaxLength(ColumnLengths.Hash).IsRequired();

        builder.HasOne<CaseRecord>().WithMany().HasForeignKey(j => j.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
