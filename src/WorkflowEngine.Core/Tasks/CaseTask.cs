using System.Text.Json.Nodes;

namespace WorkflowEngine.Core.Tasks;

/// <summary>A task of a case: one piece of work for one agency, with a due time.</summary>
public sealed class CaseTask
{
    /// <summary>The task's identity.</summary>
    public required Guid Id { get; init; }

    /// <summary>The case it belongs to.</summary>
    public required Guid CaseId { get; init; }

    /// <summary>The stage that created it.</summary>
    public required string StageKey { get; set; }

    /// <summary>The stage visit that created it (see <c>CaseState.StageVisit</c>).</summary>
    public required int StageVisit { get; init; }

    /// <summary>The task definition's key.</summary>
    public required string TaskKey { get; init; }

    /// <summary>The title shown in inboxes.</summary>
    public required string Title { get; init; }

    /// <summary>The owning agency's key.</summary>
    public required string Agency { get; set; }

    /// <summary>The owning role within the agency, if any.</summary>
    public string? Role { get; set; }

    /// <summary>The person it is assigned to, if any.</summary>
    public string? AssignedTo { get; set; }

    /// <summary>Where it is in its life.</summary>
    public CaseTaskStatus Status { get; set; }

    /// <summary>When it was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it falls due.</summary>
    public required DateTimeOffset DueAt { get; set; }

    /// <summary>When it was completed or cancelled.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Who completed or cancelled it.</summary>
    public string? ClosedBy { get; set; }

    /// <summary>The outcome it was completed with.</summary>
    public string? Outcome { get; set; }

    /// <summary>The form data recorded on completion.</summary>
    public JsonObject? Data { get; set; }

    /// <summary>Why it was cancelled or last reassigned.</summary>
    public string? Reason { get; set; }

    /// <summary>Normal, or high once an escalation raised it.</summary>
    public TaskPriority Priority { get; set; }

    /// <summary>The highest escalation level reached (0 when never escalated).</summary>
    public int EscalationLevel { get; set; }

    /// <summary>When the task last climbed its escalation ladder.</summary>
    public DateTimeOffset? EscalatedAt { get; set; }

    /// <summary>When its owner was reminded it falls due soon.</summary>
    public DateTimeOffset? RemindedAt { get; set; }

    /// <summary>When it was marked overdue (cleared when its due time is extended).</summary>
    public DateTimeOffset? MarkedOverdueAt { get; set; }

    /// <summary>
    /// The agency that passed the task on and still answers for it until the receiving agency accepts
    /// it; null when the task is not awaiting acceptance.
    /// </summary>
    public string? HandoverFrom { get; set; }

    /// <summary>The role within the sending agency the task returns to if the hand-over is declined.</summary>
    public string? HandoverFromRole { get; set; }

    /// <summary>When the hand-over was offered.</summary>
    public DateTimeOffset? HandoverOfferedAt { get; set; }

    /// <summary>The agencies that have signed off the task (for outcomes that need joint sign-off).</summary>
    public List<TaskSignOff> SignOffs { get; init; } = [];

    /// <summary>Optimistic-concurrency version; bumped on every change.</summary>
    public long Version { get; set; }

    /// <summary>Whether the task was passed to its agency and that agency has not accepted it yet.</summary>
    public bool AwaitsAcceptance => HandoverFrom is not null && IsActive;

    /// <summary>Whether the task is still to be done (open, claimed or escalated).</summary>
    public bool IsActive => Status is CaseTaskStatus.Open or CaseTaskStatus.Claimed or CaseTaskStatus.Escalated;
}
