using WorkflowEngine.Core.Measures;

namespace WorkflowEngine.Web.Features.Dashboard;

/// <summary>The drill-down page: the cases behind one figure.</summary>
public sealed record DashboardCasesView(MeasureDefinition Measure, DashboardRequest Request, DashboardQuery Query, IReadOnlyList<MeasureCase> Rows, Func<MeasureCase, bool> MayName);
