using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Measures;

/// <summary>The CaseMilestones table: one row per case, rewritten in the transaction of every command on it.</summary>
internal sealed class CaseMilestonesConfiguration : IEntityTypeConfiguration<CaseMilestones>
{
    public void Configure(EntityTypeBuilder<CaseMilestones> builder)
    {
        builder.ToTable("CaseMilestones");
        builder.HasKey(m => m.CaseId);
        builder.Property(m => m.CaseId).ValueGeneratedNever();
        builder.Property(m => m.ChildKey).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.Property(m => m.WorkflowKey).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(m => m.RiskLevel).HasMaxLength(ColumnLengths.Key);
        builder.Property(m => m.InvolvedAgencies).HasMaxLength(ColumnLengths.Text).IsRequired();
        builder.Property(m => m.EducationStatus).HasMaxLength(ColumnLengths.Key);

        // Contacts and referral decisions by period; MACE cases; re-referrals of a child; a child's tracks.
        builder.HasIndex(m => new { m.WorkflowKey, m.OpenedAt });
        builder.HasIndex(m => m.OpenedAt);
        builder.HasIndex(m => m.FirstMaceDiscussionAt);
        builder.HasIndex(m => new { m.ChildKey, m.OpenedAt });
        builder.HasIndex(m => m.ChildId);
        builder.HasIndex(m => m.ParentCaseId);
    }
}
