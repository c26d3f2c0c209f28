using System.Text.Json.Nodes;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Web.Api.Cases;

/// <summary>A task of a case.</summary>
/// <param name="Id">The task.</param>
/// <param name="Key">The task definition's key.</param>
/// <param name="Title">Its title.</param>
/// <param name="Stage">The stage that created it.</param>
/// <param name="Agency">The owning agency.</param>
/// <param name="Role">The owning role (team), if any.</param>
/// <param name="AssignedTo">The person holding it, if any.</param>
/// <param name="Status">Where it is in its life.</param>
/// <param name="Priority"><c>normal</c>, or <c>high</c> once escalated.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="DueAt">When it falls due.</param>
/// <param name="EscalationLevel">The highest escalation level reached.</param>
/// <param name="Outcome">The outcome it was completed with.</param>
/// <param name="Data">The form data recorded on completion.</param>
/// <param name="ClosedAt">When it was completed or cancelled.</param>
/// <param name="ClosedBy">Who completed or cancelled it.</param>
/// <param name="Version">Send it back as <c>expectedVersion</c> when completing the task.</param>
/// <param name="AwaitingAcceptanceFrom">The agency that passed the task on, while the owning agency has not accepted it; otherwise null.</param>
/// <param name="SignOffs">The agencies that have signed the task off (for outcomes that need joint sign-off).</param>
public sealed record TaskResponse(
    Guid Id, string Key, string Title, string Stage, string Agency, string? Role, string? AssignedTo, CaseTaskStatus Status,
    TaskPriority Priority, DateTimeOffset CreatedAt, DateTimeOffset DueAt, int EscalationLevel, string? Outcome, JsonObject? Data,
    DateTimeOffset? ClosedAt, string? ClosedBy, long Version, string? AwaitingAcceptanceFrom = null, IReadOnlyList<SignOffResponse>? SignOffs = null)
{
    internal static TaskResponse From(CaseTask t) =>
        new(t.Id, t.TaskKey, t.Title, t.StageKey, t.Agency, t.Role, t.AssignedTo, t.Status, t.Priority, t.CreatedAt, t.DueAt,
            t.EscalationLevel, t.Outcome, t.Data, t.ClosedAt, t.ClosedBy, t.Version,
            t.AwaitsAcceptance ? t.HandoverFrom : null, [.. t.SignOffs.Select(s => new SignOffResponse(s.Agency, s.By, s.At))]);
}
