namespace WorkflowEngine.Core.Panels;

/// <summary>What a confirmed sitting agreed for one case: the risk level, who agreed it and when, and the actions.</summary>
/// <param name="Date">The sitting's date.</param>
/// <param name="Item">The case's agenda entry.</param>
/// <param name="ConfirmedAt">When the minutes were confirmed.</param>
public sealed record PanelOutcome(DateOnly Date, AgendaItem Item, DateTimeOffset ConfirmedAt);
