namespace WorkflowEngine.Core.Panels;

/// <summary>The one-screen summary of a case on an agenda: what a panel member needs to discuss it.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="ChildName">The child.</param>
/// <param name="Age">Their age in years on the sitting's date, when the date of birth is known.</param>
/// <param name="Concern">The concern as raised.</param>
/// <param name="Indicators">The exploitation indicators recorded, in words.</param>
/// <param name="ScreeningRisk">The risk level screening gave, in words.</param>
/// <param name="Stage">The case's stage key.</param>
public sealed record PanelCaseSummary(Guid CaseId, string ChildName, int? Age, string Concern, IReadOnlyList<string> Indicators, string? ScreeningRisk, string Stage);
