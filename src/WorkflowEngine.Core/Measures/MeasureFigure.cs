namespace WorkflowEngine.Core.Measures;

/// <summary>A measure's figure for a period.</summary>
/// <param name="Key">The measure's key (see <see cref="MeasureCatalogue"/>).</param>
/// <param name="Value">The figure (a percentage to one decimal place, days, or a count); null when nothing was counted.</param>
/// <param name="Numerator">For a share, the cases that met it.</param>
/// <param name="Denominator">For a share or a median, the cases counted.</param>
public sealed record MeasureFigure(string Key, decimal? Value, int? Numerator = null, int? Denominator = null);
