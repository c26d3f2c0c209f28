namespace WorkflowEngine.Web.Api.Panels;

/// <summary>A correction to confirmed minutes.</summary>
/// <param name="CaseId">The case it corrects, or none for the sitting as a whole.</param>
/// <param name="Text">What is corrected.</param>
public sealed record CorrectionRequest(Guid? CaseId, [TextLimit(Core.Panels.PanelService.TextLimit)] string? Text);
