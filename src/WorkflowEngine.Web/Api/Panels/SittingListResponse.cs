namespace WorkflowEngine.Web.Api.Panels;

/// <summary>A sitting in the list.</summary>
public sealed record SittingListResponse(DateOnly Date, DateTimeOffset StartsAt, DateTimeOffset AgendaClosesAt, string Status, int Cases);
