using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Measures;

/// <summary>The IntelligenceSubmissions table: insert-only.</summary>
internal sealed class IntelligenceSubmissionConfiguration : IEntityTypeConfiguration<IntelligenceSubmission>
{
    public void Configure(EntityTypeBuilder<IntelligenceSubmission> builder)
    {
        builder.ToTable("IntelligenceSubmissions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.SubmittingAgency).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(s => s.SubmittedBy).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.Property(s => s.SubmittedTo).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(s => s.PoliceOutcome).HasMaxLength(ColumnLengths.Key);
        builder.HasIndex(s => new { s.ChildId, s.SubmittedAt });
        builder.HasIndex(s => s.CaseId);
    }
}
