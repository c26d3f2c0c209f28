using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Web.Api.Admin;

/// <summary>A timer that failed every attempt and waits for an admin.</summary>
/// <param name="Id">The timer.</param>
/// <param name="CaseId">Its case.</param>
/// <param name="Key">Its key within the case, e.g. <c>task/{id}/clock</c>.</param>
/// <param name="Kind">What it does.</param>
/// <param name="TaskId">Its task, for task timers.</param>
/// <param name="DueAt">When it fell due.</param>
/// <param name="Attempts">Failed attempts.</param>
/// <param name="LastError">Why the last attempt failed.</param>
public sealed record TimerIncidentResponse(Guid Id, Guid CaseId, string Key, TimerKind Kind, Guid? TaskId, DateTimeOffset DueAt, int Attempts, string? LastError)
{
    internal static TimerIncidentResponse From(DueTimer t) => new(t.Id, t.CaseId, t.Key, t.Kind, t.TaskId, t.DueAt, t.Attempts, t.LastError);
}
