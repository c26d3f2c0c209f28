namespace WorkflowEngine.Core.Panels;

/// <summary>An action the panel agreed for a case: what is to be done, by which agency, by when.</summary>
/// <param name="Id">The action.</param>
/// <param name="Agency">The owning agency's key; it becomes that agency's disruption task.</param>
/// <param name="Text">What is to be done.</param>
/// <param name="DueOn">The date it is due by.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="RecordedAt">When.</param>
public sealed record PanelAction(Guid Id, string Agency, string Text, DateOnly DueOn, string RecordedBy, DateTimeOffset RecordedAt);
