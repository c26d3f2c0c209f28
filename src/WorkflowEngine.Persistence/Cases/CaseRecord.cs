using WorkflowEngine.Core.Cases;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>A row of the Cases table. JSON columns hold the child, the contact and the facts.</summary>
internal sealed class CaseRecord
{
    public Guid Id { get; set; }

    public Guid ChildId { get; set; }

    public Guid? ParentCaseId { get; set; }

    public string WorkflowKey { get; set; } = string.Empty;

    public int WorkflowVersion { get; set; }

    public string StageKey { get; set; } = string.Empty;

    public DateTimeOffset StageEnteredAt { get; set; }

    public int StageVisit { get; set; }

    public CaseStatus Status { get; set; }

    public string? ClosureReason { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string ChildJson { get; set; } = "{}";

    /// <summary>The child's name, copied out of <see cref="ChildJson"/> for search and lists.</summary>
    public string ChildName { get; set; } = string.Empty;

    public string ReferrerAgency { get; set; } = string.Empty;

    /// <summary>The user who recorded the contact (the referrer's own list of referrals raised); null on older rows and tracks.</summary>
    public string? RecordedBy { get; set; }

    /// <summary>Agencies that have or had a task, as <c>|a|b|</c>, so "involves agency X" is one LIKE.</summary>
    public string InvolvedAgencies { get; set; } = "|";

    public string ContactJson { get; set; } = "{}";

    public string FactsJson { get; set; } = "{}";

    public long Version { get; set; }

    public long JournalSequence { get; set; }

    public string JournalHead { get; set; } = string.Empty;
}
