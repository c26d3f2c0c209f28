namespace WorkflowEngine.Core.Versions;

/// <summary>
/// A line-by-line difference between two texts (longest common subsequence), for showing a lead
/// how a file differs from the published version. Documents are a few hundred lines, so the
/// quadratic table is small.
/// </summary>
public static class LineDiff
{
    /// <summary>The lines of both texts in order, each marked kept, removed (only in <paramref name="before"/>) or added.</summary>
    /// <param name="before">The published version.</param>
    /// <param name="after">The file.</param>
    public static IReadOnlyList<DiffLine> Compare(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var a = Lines(before);
        var b = Lines(after);
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var lines = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add(new DiffLine(DiffLineKind.Kept, a[x++]));
                y++;
            }
            else if (y < b.Length && (x == a.Length || common[x, y + 1] >= common[x + 1, y]))
            {
                lines.Add(new DiffLine(DiffLineKind.Added, b[y++]));
            }
            else
            {
                lines.Add(new DiffLine(DiffLineKind.Removed, a[x++]));
            }
        }

        return lines;
    }

    private static string[] Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd().Split('\n');
}
