namespace WorkflowEngine.Web.Api.Panels;

/// <summary>An action the panel agreed for a case.</summary>
/// <param name="Agency">The owning agency (a key of the <c>disruption-agencies</c> list).</param>
/// <param name="Text">What is to be done.</param>
/// <param name="DueOn">The date it is due by (today or later).</param>
public sealed record ActionRequest([TextLimit(TextLimits.Key)] string? Agency, [TextLimit(Core.Panels.PanelService.TextLimit)] string? Text, DateOnly? DueOn);
