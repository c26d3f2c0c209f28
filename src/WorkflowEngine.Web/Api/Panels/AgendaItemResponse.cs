using WorkflowEngine.Core.Panels;

namespace WorkflowEngine.Web.Api.Panels;

/// <summary>A case on the agenda; the summary only for those who may see it.</summary>
public sealed record AgendaItemResponse(Guid CaseId, string ChildName, string? ScreeningRisk, PanelCaseSummary? Summary, string? Notes,
    string? AgreedRisk, string? AgreedBy, DateTimeOffset? AgreedAt, IReadOnlyList<ActionResponse> Actions);
