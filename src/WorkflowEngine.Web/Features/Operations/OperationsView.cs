namespace WorkflowEngine.Web.Features.Operations;

/// <summary>The admins' incidents page: timers that failed every attempt and notifications that could not be sent.</summary>
/// <param name="Timers">Timer incidents, oldest first.</param>
/// <param name="Notifications">Failed notifications, oldest first.</param>
public sealed record OperationsView(IReadOnlyList<IncidentLine> Timers, IReadOnlyList<IncidentLine> Notifications);
