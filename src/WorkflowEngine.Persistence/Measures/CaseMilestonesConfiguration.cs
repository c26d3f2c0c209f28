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

        // Contacts by period, covering the referral-decision count (no row lookups over a year of cases);
        // referrals by period, covering the re-referral count, and a case's tracks (SQLite otherwise takes a
        // bare ParentCaseId index for "IS NULL" and reads every referral's row); MACE cases, covering the
        // shares' probes by case and child; a child's earlier referrals (ParentCaseId before OpenedAt, so
        // that SQLite prefers it to the referrals index for the probe even without statistics: taking
        // the referrals index there reads every referral for every referral); return-home interviews.
        builder.HasIndex(m => new { m.OpenedAt, m.ParentCaseId, m.ChildKey, m.ReReferralWindowFrom, m.ReferralDecidedAt, m.ReferralDeadline })
            .HasDatabaseName("IX_CaseMilestones_Period");
        builder.HasIndex(m => new { m.ParentCaseId, m.OpenedAt, m.ChildKey, m.ReReferralWindowFrom }).HasDatabaseName("IX_CaseMilestones_Referrals");
        builder.HasIndex(m => new { m.WorkflowKey, m.OpenedAt });
        // The MACE, return-interview and NRM indexes hold only the cases that have reached that point
        // (partial indexes): a case opens without an entry in them, and every query on them names the
        // column with a comparison, which SQLite knows implies "IS NOT NULL".
        builder.HasIndex(m => new { m.FirstMaceDiscussionAt, m.ClosedAt, m.ChildId, m.EducationStatus, m.CaseId }).HasDatabaseName("IX_CaseMilestones_Mace")
            .HasFilter("\"FirstMaceDiscussionAt\" IS NOT NULL");
        builder.HasIndex(m => new { m.ChildKey, m.ParentCaseId, m.OpenedAt });
        builder.HasIndex(m => new { m.ReturnInterviewDueAt, m.OpenedAt, m.ReturnInterviewHeldAt }).HasFilter("\"ReturnInterviewDueAt\" IS NOT NULL");
        builder.HasIndex(m => new { m.ChildId, m.NrmConsideredAt }).HasFilter("\"NrmConsideredAt\" IS NOT NULL");
    }
}
