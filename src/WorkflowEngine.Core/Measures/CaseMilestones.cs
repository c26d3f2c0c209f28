namespace WorkflowEngine.Core.Measures;

/// <summary>
/// One case's dates and facts that the partnership's measures count, written by the engine in the
/// same transaction as every change to the case (a projection of the case: it can always be
/// rebuilt from the case and its tasks, and is never typed in).
/// </summary>
public sealed class CaseMilestones
{
    /// <summary>The case.</summary>
    public required Guid CaseId { get; init; }

    /// <summary>The child (shared by every track about the same child).</summary>
    public required Guid ChildId { get; init; }

    /// <summary>
    /// Who the child is across separate referrals: the local reference when given, otherwise the
    /// name and date of birth, normalised (re-referrals are found by it).
    /// </summary>
    public required string ChildKey { get; init; }

    /// <summary>The case a linked track was started from; null for a referral.</summary>
    public Guid? ParentCaseId { get; init; }

    /// <summary>The workflow the case runs.</summary>
    public required string WorkflowKey { get; init; }

    /// <summary>When the contact was received (or the track started).</summary>
    public required DateTimeOffset OpenedAt { get; init; }

    /// <summary>When the case closed.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The risk level last recorded on the case.</summary>
    public string? RiskLevel { get; set; }

    /// <summary>The agencies that have or had a task, as <c>|a|b|</c>.</summary>
    public required string InvolvedAgencies { get; set; }

    /// <summary>When the front door decided the referral.</summary>
    public DateTimeOffset? ReferralDecidedAt { get; set; }

    /// <summary>When the front-door decision was due on the working-day calendar (not moved by extensions).</summary>
    public DateTimeOffset? ReferralDeadline { get; set; }

    /// <summary>When the MACE panel's first discussion of the case was recorded.</summary>
    public DateTimeOffset? FirstMaceDiscussionAt { get; set; }

    /// <summary>The child's education status as last recorded, if any.</summary>
    public string? EducationStatus { get; set; }

    /// <summary>When a first responder recorded their NRM decision (referred or not needed).</summary>
    public DateTimeOffset? NrmConsideredAt { get; set; }

    /// <summary>When the return-home interview was held (outcome "held").</summary>
    public DateTimeOffset? ReturnInterviewHeldAt { get; set; }

    /// <summary>When the return-home interview was due (72 hours after the track started); null unless the case has one.</summary>
    public DateTimeOffset? ReturnInterviewDueAt { get; set; }

    /// <summary>The start of the 12 months before the contact, in which an earlier referral makes this a re-referral.</summary>
    public required DateTimeOffset ReReferralWindowFrom { get; init; }
}
