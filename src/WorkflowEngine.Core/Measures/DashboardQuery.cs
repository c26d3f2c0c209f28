namespace WorkflowEngine.Core.Measures;

/// <summary>What the dashboard is asked for: a period and optional filters.</summary>
/// <param name="Period">The reporting period.</param>
/// <param name="Now">The current time (from TimeProvider): live figures such as overdue tasks are as at now.</param>
/// <param name="Today">Today's local date (for "day 6 has passed").</param>
/// <param name="Agency">Only cases the agency has or had a task on, its tasks and its measures.</param>
/// <param name="Workflow">Only cases of this workflow, or tracks started from one.</param>
/// <param name="RiskLevel">Only cases with this risk level.</param>
/// <param name="Only">Only these measures (for trends); every measure when null.</param>
public sealed record DashboardQuery(
    ReportingPeriod Period, DateTimeOffset Now, DateOnly Today,
    string? Agency = null, string? Workflow = null, string? RiskLevel = null, IReadOnlySet<string>? Only = null)
{
    /// <summary>Start of the period (inclusive).</summary>
    public DateTimeOffset From => Period.Start;

    /// <summary>End of the period (exclusive).</summary>
    public DateTimeOffset To => Period.End;

    /// <summary>Whether the measure is wanted.</summary>
    public bool Wants(string key) => Only is null || Only.Contains(key);
}
