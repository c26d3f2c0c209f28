using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Core.Children;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Children;

/// <summary>
/// The Children table: one row per child known to the partnership, the <c>ChildId</c> of their
/// cases. Matching looks up the normalised reference, else the normalised name with the date of birth.
/// </summary>
internal sealed class ChildRecordConfiguration : IEntityTypeConfiguration<ChildRecord>
{
    public void Configure(EntityTypeBuilder<ChildRecord> builder)
    {
        builder.ToTable("Children");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.LocalReference).HasMaxLength(TextLimits.LocalReference);
        builder.Property(c => c.NormalisedReference).HasMaxLength(TextLimits.LocalReference);
        builder.Property(c => c.Name).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.Property(c => c.NormalisedName).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.Property(c => c.MergedBy).HasMaxLength(ColumnLengths.Name);
        builder.Property(c => c.MergeReason).HasMaxLength(ColumnLengths.Text);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.NormalisedReference).HasFilter("\"NormalisedReference\" IS NOT NULL");
        builder.HasIndex(c => new { c.NormalisedName, c.DateOfBirth });
    }
}
