using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Panels;

internal sealed class PanelSittingRecordConfiguration : IEntityTypeConfiguration<PanelSittingRecord>
{
    public void Configure(EntityTypeBuilder<PanelSittingRecord> builder)
    {
        builder.ToTable("PanelSittings");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.PanelKey).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(s => s.Status).HasMaxLength(ColumnLengths.Status).IsRequired();
        builder.Property(s => s.ConfirmedBy).HasMaxLength(ColumnLengths.Name);
        builder.Property(s => s.Version).IsConcurrencyToken();

        // One sitting per panel and date: two people starting the same sitting get one row.
        builder.HasIndex(s => new { s.PanelKey, s.SittingDate }).IsUnique();
        builder.HasMany(s => s.Attendance).WithOne().HasForeignKey(a => a.SittingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Agenda).WithOne().HasForeignKey(a => a.SittingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Corrections).WithOne().HasForeignKey(c => c.SittingId).OnDelete(DeleteBehavior.Cascade);
    }
}
