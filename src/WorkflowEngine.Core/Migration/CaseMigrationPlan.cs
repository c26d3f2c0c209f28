using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Migration;

/// <summary>What moving one case to another version would change, or why it cannot move.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Reference">The case's reference, as people quote it.</param>
/// <param name="StageBefore">Its stage on the old version.</param>
/// <param name="StageAfter">Its stage on the new version; null when the stage has no mapping.</param>
/// <param name="Kept">Open tasks kept as they are (same key in the mapped stage): id, claim, due time and escalations.</param>
/// <param name="Cancelled">Open tasks the new stage does not have, cancelled.</param>
/// <param name="Created">Tasks of the new stage the case does not have yet, created as on entering it.</param>
/// <param name="Timers">The timers re-planned.</param>
/// <param name="Blockers">Why the case cannot move; empty when it can.</param>
public sealed record CaseMigrationPlan(
    Guid CaseId,
    string Reference,
    string StageBefore,
    string? StageAfter,
    IReadOnlyList<MigrationTask> Kept,
    IReadOnlyList<MigrationTask> Cancelled,
    IReadOnlyList<MigrationTask> Created,
    IReadOnlyList<MigrationTimerChange> Timers,
    IReadOnlyList<ValidationError> Blockers)
{
    /// <summary>Whether the case can move.</summary>
    public bool CanMove => Blockers.Count == 0;
}
