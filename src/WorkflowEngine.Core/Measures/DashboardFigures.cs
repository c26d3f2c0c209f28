namespace WorkflowEngine.Core.Measures;

/// <summary>Every figure and breakdown for one period.</summary>
/// <param name="Figures">One figure for each measure asked for.</param>
/// <param name="Breakdowns">Measures by type and agency; tasks by agency and level.</param>
public sealed record DashboardFigures(IReadOnlyList<MeasureFigure> Figures, IReadOnlyList<BreakdownRow> Breakdowns)
{
    /// <summary>The figure for a measure.</summary>
    /// <exception cref="KeyNotFoundException">The measure was not computed.</exception>
    public MeasureFigure this[string key] => Figures.FirstOrDefault(f => f.Key == key) ?? throw new KeyNotFoundException($"No figure for '{key}'.");
}
