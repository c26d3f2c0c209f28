using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Persistence.Tasks;

/// <summary>A row of the Tasks table. The form data recorded on completion is a JSON column.</summary>
internal sealed class TaskRecord
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public string StageKey { get; set; } = string.Empty;

    public int StageVisit { get; set; }

    public string TaskKey { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Agency { get; set; } = string.Empty;

    public string? Role { get; set; }

    public string? AssignedTo { get; set; }

    public CaseTaskStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? ClosedBy { get; set; }

    public string? Outcome { get; set; }

    public string? DataJson { get; set; }

    public string? Reason { get; set; }

    public TaskPriority Priority { get; set; }

    public int EscalationLevel { get; set; }

    public DateTimeOffset? EscalatedAt { get; set; }

    public DateTimeOffset? RemindedAt { get; set; }

    public DateTimeOffset? MarkedOverdueAt { get; set; }

    public string? HandoverFrom { get; set; }

    public string? HandoverFromRole { get; set; }

    public DateTimeOffset? HandoverOfferedAt { get; set; }

    /// <summary>The agencies that signed the task off, as JSON; null when none has.</summary>
    public string? SignOffsJson { get; set; }

    public long Version { get; set; }
}
