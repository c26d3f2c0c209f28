namespace WorkflowEngine.Core.Panels;

/// <summary>A sitting as the list shows it.</summary>
/// <param name="Date">The date it sits.</param>
/// <param name="StartsAt">When it starts (UTC).</param>
/// <param name="AgendaClosesAt">When its agenda closes (UTC).</param>
/// <param name="Status">Open, or minutes confirmed.</param>
/// <param name="Cases">How many cases are on its agenda.</param>
public sealed record SittingListing(DateOnly Date, DateTimeOffset StartsAt, DateTimeOffset AgendaClosesAt, SittingStatus Status, int Cases);
