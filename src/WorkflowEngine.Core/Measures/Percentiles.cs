namespace WorkflowEngine.Core.Measures;

/// <summary>Percentiles by the nearest-rank method: the value at rank ⌈p × n⌉ of the sorted values, so every figure is a value that occurred.</summary>
public static class Percentiles
{
    /// <summary>The <paramref name="percent"/>th percentile of the values, or null when there are none.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is not above 0 and at most 100.</exception>
    public static decimal? NearestRank(IEnumerable<decimal> values, int percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percent / 100m * sorted.Count);
        return sorted[Math.Max(rank, 1) - 1];
    }

    /// <summary>A share as a percentage to one decimal place, or null when nothing was counted.</summary>
    public static decimal? Share(int met, int counted) =>
        counted == 0 ? null : Math.Round(100m * met / counted, 1, MidpointRounding.AwayFromZero);
}
