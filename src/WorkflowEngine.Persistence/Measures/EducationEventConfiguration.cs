using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Measures;

/// <summary>The EducationEvents table: one row per exclusion track, rewritten with the track.</summary>
internal sealed class EducationEventConfiguration : IEntityTypeConfiguration<EducationEvent>
{
    public void Configure(EntityTypeBuilder<EducationEvent> builder)
    {
        builder.ToTable("EducationEvents");
        builder.HasKey(e => e.CaseId);
        builder.Property(e => e.CaseId).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasMaxLength(ColumnLengths.Key);
        builder.HasIndex(e => e.ExclusionDate);
        builder.HasIndex(e => new { e.ChildId, e.NotifiedAt });
    }
}
