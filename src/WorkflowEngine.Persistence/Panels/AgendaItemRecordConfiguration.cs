using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Panels;

internal sealed class AgendaItemRecordConfiguration : IEntityTypeConfiguration<AgendaItemRecord>
{
    public void Configure(EntityTypeBuilder<AgendaItemRecord> builder)
    {
        builder.ToTable("AgendaItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.ChildName).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.Property(i => i.ScreeningRisk).HasMaxLength(ColumnLengths.Key);
        builder.Property(i => i.AddedBy).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.Property(i => i.AgreedRisk).HasMaxLength(ColumnLengths.Key);
        builder.Property(i => i.AgreedBy).HasMaxLength(ColumnLengths.Name);

        // A case once per agenda; and a case's sittings (its agreed risk on the case and task pages).
        builder.HasIndex(i => new { i.SittingId, i.CaseId }).IsUnique();
        builder.HasIndex(i => i.CaseId);
        builder.HasMany(i => i.Actions).WithOne().HasForeignKey(a => a.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
