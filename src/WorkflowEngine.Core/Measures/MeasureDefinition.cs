namespace WorkflowEngine.Core.Measures;

/// <summary>One of the partnership's measures, with the plain definition shown beside its figure.</summary>
/// <param name="Key">Stable key used in addresses, CSV and JSON (e.g. <c>disruption-share</c>).</param>
/// <param name="Title">What the figure is called on the dashboard.</param>
/// <param name="Definition">Exactly what is counted, in plain English.</param>
/// <param name="Unit"><c>percent</c>, <c>days</c> or <c>count</c>.</param>
/// <param name="Cases">Whether the figure can be drilled into the cases behind it.</param>
/// <param name="AtThisMoment">Whether the figure is as at now, whatever the period (open tasks): it has no monthly trend.</param>
public sealed record MeasureDefinition(string Key, string Title, string Definition, string Unit, bool Cases = true, bool AtThisMoment = false)
{
    /// <summary>Whether the measure is drawn month by month: every measure counted over a period.</summary>
    public bool HasTrend => !AtThisMoment;
}
