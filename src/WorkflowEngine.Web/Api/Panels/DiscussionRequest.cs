namespace WorkflowEngine.Web.Api.Panels;

/// <summary>The discussion of a case: notes and the risk level the panel agreed.</summary>
/// <param name="Notes">The discussion notes.</param>
/// <param name="RiskLevel">A key of the <c>risk-levels</c> list.</param>
public sealed record DiscussionRequest([TextLimit(Core.Panels.PanelService.NotesLimit)] string? Notes, [TextLimit(TextLimits.Key)] string? RiskLevel);
