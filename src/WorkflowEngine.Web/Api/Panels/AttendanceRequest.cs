namespace WorkflowEngine.Web.Api.Panels;

/// <summary>Someone present at a sitting, or sending apologies.</summary>
/// <param name="Agency">The agency they attend for.</param>
/// <param name="Name">Their name and role.</param>
/// <param name="Apologies">True when they sent apologies.</param>
public sealed record AttendanceRequest([TextLimit(TextLimits.Key)] string? Agency, [TextLimit(Core.Panels.PanelService.NameLimit)] string? Name, bool Apologies = false);
