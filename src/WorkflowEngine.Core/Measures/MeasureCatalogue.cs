namespace WorkflowEngine.Core.Measures;

/// <summary>
/// The partnership's measures and their plain definitions, in the order the dashboard shows them.
/// The page, the CSV and the API all read the definitions from here.
/// </summary>
public static class MeasureCatalogue
{
    /// <summary>Share of MACE cases with a disruption measure.</summary>
    public const string DisruptionShare = "disruption-share";

    /// <summary>Disruption measures recorded in the period.</summary>
    public const string MeasuresRecorded = "measures-recorded";

    /// <summary>Referral decisions within 1 working day.</summary>
    public const string ReferralDecisionsInTime = "referral-decisions-in-time";

    /// <summary>Median days from contact to first MACE discussion.</summary>
    public const string DaysToMaceMedian = "days-to-mace-median";

    /// <summary>90th percentile of days from contact to first MACE discussion.</summary>
    public const string DaysToMaceP90 = "days-to-mace-p90";

    /// <summary>Share of MACE cases with an intelligence submission.</summary>
    public const string IntelligenceShare = "intelligence-share";

    /// <summary>Share of MACE cases with the NRM considered or referred.</summary>
    public const string NrmShare = "nrm-share";

    /// <summary>Share of MACE cases with the education status known.</summary>
    public const string EducationKnownShare = "education-known-share";

    /// <summary>Median school days out of full-time education after an exclusion.</summary>
    public const string ExclusionDaysOutMedian = "exclusion-days-out-median";

    /// <summary>Share of exclusions with alternative provision by day 6.</summary>
    public const string ProvisionByDay6 = "provision-by-day-6";

    /// <summary>Return-home interviews within 72 hours.</summary>
    public const string ReturnInterviewsInTime = "return-interviews-in-time";

    /// <summary>Open tasks now.</summary>
    public const string OpenTasks = "open-tasks";

    /// <summary>Overdue tasks now.</summary>
    public const string OverdueTasks = "overdue-tasks";

    /// <summary>Escalated tasks now.</summary>
    public const string EscalatedTasks = "escalated-tasks";

    /// <summary>Median days to resolve an escalation.</summary>
    public const string EscalationResolutionMedian = "escalation-resolution-median";

    /// <summary>Re-referrals within 12 months.</summary>
    public const string ReReferrals = "re-referrals";

    /// <summary>Every measure, in the order shown.</summary>
    public static IReadOnlyList<MeasureDefinition> All { get; } =
    [
        new(DisruptionShare, "MACE cases with a disruption measure recorded",
            "Of the MACE cases open in the period (first MACE discussion recorded before the period ended, not closed before it began), the percentage with at least one disruption measure recorded on a disruption action before the period ended.", "percent"),
        new(MeasuresRecorded, "Disruption measures recorded",
            "Disruption measures recorded on disruption actions completed in the period, each measure on each action counted once; broken down by type and by the agency that used it.", "count"),
        new(ReferralDecisionsInTime, "Referral decisions within 1 working day",
            "Of the contacts received in the period that the front door has decided, or that are still undecided after their deadline (counted as late), the percentage decided by 17:00 on the working day after the day of receipt (the time the contact was received, not when it was typed in; a contact after 17:00 or on a non-working day counts from the next working day; bank holidays are not working days; extensions do not move this deadline).", "percent"),
        new(DaysToMaceMedian, "Days from contact to first MACE discussion (median)",
            "For cases whose first MACE discussion was recorded in the period, the time from the contact to the recorded discussion in days (to one decimal place); the median by nearest rank.", "days"),
        new(DaysToMaceP90, "Days from contact to first MACE discussion (90th percentile)",
            "As the median, but the 90th percentile by nearest rank: 9 in 10 cases reached MACE in this many days or fewer.", "days"),
        new(IntelligenceShare, "MACE cases with an intelligence submission",
            "Of the MACE cases open in the period, the percentage whose child was the subject of an intelligence submission to police before the period ended (a partnership intelligence track police have graded, or a disruption action recording an intelligence submission).", "percent"),
        new(NrmShare, "MACE cases with the NRM considered or referred",
            "Of the MACE cases open in the period, the percentage whose child had a first responder's NRM decision (referred or not needed) recorded before the period ended, or an NRM referral recorded as a disruption measure.", "percent"),
        new(EducationKnownShare, "MACE cases with education status known",
            "Of the MACE cases open in the period, the percentage with the child's education status recorded as anything but 'not known' at screening, or with a suspension or exclusion notified for the child before the period ended.", "percent"),
        new(ExclusionDaysOutMedian, "School days out of full-time education after an exclusion (median)",
            "For suspensions and exclusions whose first day fell in the period and whose alternative provision has started, the school days (on the school-term calendar: terms, less half-terms, INSET days and bank holidays) from the first day of exclusion up to the day before provision started; the median by nearest rank.", "days"),
        new(ProvisionByDay6, "Alternative provision in place by day 6",
            "Of the permanent exclusions and suspensions of more than 5 school days whose first day fell in the period and whose sixth school day has passed or whose provision has started, the percentage with full-time provision starting on or before the sixth school day.", "percent"),
        new(ReturnInterviewsInTime, "Return-home interviews within 72 hours",
            "Of the missing-episode tracks started in the period, excluding those still inside their 72 hours with no interview, the percentage whose return-home interview was recorded as held within 72 hours of the track starting. A child's refusal counts as not held.", "percent"),
        new(OpenTasks, "Open tasks now",
            "Tasks open, claimed or escalated at this moment (whatever the period), by owning agency and escalation level.", "count", AtThisMoment: true),
        new(OverdueTasks, "Overdue tasks now",
            "Open tasks whose due time has passed at this moment, by owning agency and escalation level.", "count", AtThisMoment: true),
        new(EscalatedTasks, "Escalated tasks now",
            "Open tasks that have climbed at least one rung of their escalation ladder, by owning agency and the highest level reached.", "count", AtThisMoment: true),
        new(EscalationResolutionMedian, "Days to resolve an escalation (median)",
            "For escalations resolved in the period by a person or by the task being finished (not those passed up to a higher level), the calendar days from raising to resolving, to one decimal place; the median by nearest rank. Escalations still open are not counted.", "days"),
        new(ReReferrals, "Re-referrals within 12 months",
            "Of the referrals (contacts that opened a case, not linked tracks) received in the period, the percentage about a child who had another referral in the 365 days before (the same local reference, or the same name and date of birth).", "percent"),
    ];

    /// <summary>The measure with this key, or null.</summary>
    public static MeasureDefinition? Find(string key) => All.FirstOrDefault(m => m.Key == key);
}
