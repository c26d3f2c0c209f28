namespace WorkflowEngine.Web.Api.Dashboard;

/// <summary>One measure's figure for the period.</summary>
/// <param name="Key">The measure's key.</param>
/// <param name="Title">Its title.</param>
/// <param name="Definition">Exactly what it counts.</param>
/// <param name="Unit"><c>percent</c>, <c>days</c> or <c>count</c>.</param>
/// <param name="Value">The figure; null when nothing was counted.</param>
/// <param name="Numerator">For a share, the cases that met it.</param>
/// <param name="Denominator">For a share or a median, the cases counted.</param>
public sealed record MeasureResponse(string Key, string Title, string Definition, string Unit, decimal? Value, int? Numerator, int? Denominator);
