using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Panels;

internal sealed class SittingAttendanceRecordConfiguration : IEntityTypeConfiguration<SittingAttendanceRecord>
{
    public void Configure(EntityTypeBuilder<SittingAttendanceRecord> builder)
    {
        builder.ToTable("SittingAttendance");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Agency).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(a => a.Name).HasMaxLength(ColumnLengths.Name).IsRequired();
    }
}
