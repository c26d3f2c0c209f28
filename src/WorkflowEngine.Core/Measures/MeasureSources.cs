namespace WorkflowEngine.Core.Measures;

/// <summary>
/// Which tasks, outcomes and form fields of the workflows feed the partnership's measures. The
/// defaults name the shipped workflows; an area that renames a task sets the new key here
/// (configuration section <see cref="SectionName"/>), never in code.
/// </summary>
public sealed class MeasureSources
{
    /// <summary>The configuration section these settings are read from.</summary>
    public const string SectionName = "Measures";

    /// <summary>The front door's decision on a contact (timed against 1 working day from the contact).</summary>
    public string ReferralDecisionTask { get; set; } = "decide-referral";

    /// <summary>Working days allowed for the front-door decision, counted from the contact.</summary>
    public int ReferralDecisionWorkingDays { get; set; } = 1;

    /// <summary>The MACE panel's discussion of a case: completing it makes the case a MACE case.</summary>
    public string MaceDiscussionTask { get; set; } = "mace-discussion";

    /// <summary>The form field (a list of keys from <c>disruption-measures</c>) recording disruption measures.</summary>
    public string DisruptionMeasuresField { get; set; } = "disruptionMeasures";

    /// <summary>The disruption measure that is also an intelligence submission to police.</summary>
    public string IntelligenceMeasure { get; set; } = "intelligence-submission";

    /// <summary>The disruption measure that is also an NRM referral.</summary>
    public string NrmMeasure { get; set; } = "nrm-referral";

    /// <summary>The first responder's NRM task: any outcome means the NRM was considered.</summary>
    public string NrmReferralTask { get; set; } = "make-nrm-referral";

    /// <summary>The police task that grades a partnership intelligence submission and records its outcome.</summary>
    public string IntelligenceOutcomeTask { get; set; } = "record-intelligence-outcome";

    /// <summary>The field of <see cref="IntelligenceOutcomeTask"/> naming the submitting agency.</summary>
    public string SubmittingAgencyField { get; set; } = "submittingAgency";

    /// <summary>The field of <see cref="IntelligenceOutcomeTask"/> naming the submitting person.</summary>
    public string SubmittedByField { get; set; } = "submittedBy";

    /// <summary>The school's notification of a suspension or exclusion.</summary>
    public string ExclusionNotificationTask { get; set; } = "notify-council";

    /// <summary>The field holding the first day of the suspension or exclusion.</summary>
    public string ExclusionDateField { get; set; } = "exclusionDate";

    /// <summary>The notification's outcome for a permanent exclusion (any other outcome is a suspension).</summary>
    public string PermanentExclusionOutcome { get; set; } = "permanent-exclusion";

    /// <summary>The notification's outcome for a suspension too short to bring a provision duty.</summary>
    public string ShortSuspensionOutcome { get; set; } = "suspension-five-days-or-fewer";

    /// <summary>The tasks confirming full-time provision: the school's (a long suspension) and the council's (a permanent exclusion).</summary>
    public IReadOnlyList<string> ProvisionTasks { get; set; } = ["arrange-school-provision", "arrange-alternative-provision"];

    /// <summary>The field holding the date full-time provision started.</summary>
    public string ProvisionStartField { get; set; } = "provisionStartDate";

    /// <summary>School days after the first day of exclusion by which provision must start (day 6 is 5 after day 1).</summary>
    public int ProvisionWorkingDays { get; set; } = 5;

    /// <summary>The school-term calendar school days are counted on; the workflow's calendar when it is not loaded.</summary>
    public string SchoolCalendar { get; set; } = "england-school-terms";

    /// <summary>The return-home interview task.</summary>
    public string ReturnInterviewTask { get; set; } = "hold-return-home-interview";

    /// <summary>The outcome meaning the interview was held.</summary>
    public string ReturnInterviewHeldOutcome { get; set; } = "held";

    /// <summary>Hours allowed for the return-home interview from the start of the missing-episode track.</summary>
    public int ReturnInterviewHours { get; set; } = 72;

    /// <summary>The case fact holding the risk level.</summary>
    public string RiskLevelFact { get; set; } = "riskLevel";

    /// <summary>The case fact holding the child's education status; <see cref="UnknownEducationStatus"/> means not known.</summary>
    public string EducationStatusFact { get; set; } = "educationStatus";

    /// <summary>The education status that means nobody knew.</summary>
    public string UnknownEducationStatus { get; set; } = "unknown";
}
