using System.Globalization;
using System.Text;
using WorkflowEngine.Core.Rules.Shadow;

namespace WorkflowEngine.Web.Features.RuleSets;

/// <summary>A shadow run's changed decisions as CSV: one row per decision the draft would change.</summary>
public static class ShadowCsv
{
    /// <summary>The CSV text; the child's name only where the viewer may see the case.</summary>
    public static string Write(ShadowReport report, Func<ShadowCase, bool> maySee)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(maySee);
        var csv = new StringBuilder("case reference,child,decided at,version,was,would be\r\n");
        foreach (var cell in report.Cells.Where(c => c.Changed))
        {
            foreach (var shadow in cell.Cases)
            {
                csv.Append(string.Join(',', new[]
                {
                    shadow.Reference,
                    maySee(shadow) ? shadow.ChildName : string.Empty,
                    shadow.DecidedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    shadow.Version.ToString(CultureInfo.InvariantCulture),
                    cell.Was,
                    cell.WouldBe,
                }.Select(Quote))).Append("\r\n");
            }
        }

        return csv.ToString();
    }

    // Quoted when needed; a leading formula character is defused so a spreadsheet shows text, not a formula.
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
