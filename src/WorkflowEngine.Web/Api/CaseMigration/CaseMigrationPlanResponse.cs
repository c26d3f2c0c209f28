using WorkflowEngine.Core.Migration;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Web.Api.CaseMigration;

/// <summary>What moving one case changes, or why it cannot move.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Reference">Its reference.</param>
/// <param name="StageBefore">Its stage now.</param>
/// <param name="StageAfter">Its stage on the new version; null when unmapped.</param>
/// <param name="CanMove">Whether it can move.</param>
/// <param name="Kept">Open tasks kept (id, claim, due time, escalations).</param>
/// <param name="Cancelled">Open tasks cancelled.</param>
/// <param name="Created">Tasks created.</param>
/// <param name="Timers">Timers re-planned.</param>
/// <param name="Problems">Why it cannot move.</param>
public sealed record CaseMigrationPlanResponse(
    Guid CaseId,
    string Reference,
    string StageBefore,
    string? StageAfter,
    bool CanMove,
    IReadOnlyList<MigrationTaskResponse> Kept,
    IReadOnlyList<MigrationTaskResponse> Cancelled,
    IReadOnlyList<MigrationTaskResponse> Created,
    IReadOnlyList<MigrationTimerResponse> Timers,
    IReadOnlyList<ValidationError> Problems)
{
    internal static CaseMigrationPlanResponse From(CaseMigrationPlan plan) => new(
        plan.CaseId, plan.Reference, plan.StageBefore, plan.StageAfter, plan.CanMove,
        [.. plan.Kept.Select(MigrationTaskResponse.From)], [.. plan.Cancelled.Select(MigrationTaskResponse.From)],
        [.. plan.Created.Select(MigrationTaskResponse.From)], [.. plan.Timers.Select(MigrationTimerResponse.From)], plan.Blockers);
}
