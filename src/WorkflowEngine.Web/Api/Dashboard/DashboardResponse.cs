using WorkflowEngine.Core.Measures;

namespace WorkflowEngine.Web.Api.Dashboard;

/// <summary>The dashboard's figures as JSON: the same numbers as the page and the CSV.</summary>
/// <param name="From">First day of the period.</param>
/// <param name="To">Last day of the period.</param>
/// <param name="Agency">The agency filter (a manager's own agency).</param>
/// <param name="Workflow">The workflow filter.</param>
/// <param name="Risk">The risk-level filter.</param>
/// <param name="Measures">Every measure with its definition and figure.</param>
/// <param name="Breakdowns">Measures by type and agency; tasks by agency and level.</param>
public sealed record DashboardResponse(DateOnly From, DateOnly To, string? Agency, string? Workflow, string? Risk,
    IReadOnlyList<MeasureResponse> Measures, IReadOnlyList<BreakdownRow> Breakdowns);
