using System.Globalization;
using System.Text;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Measures;

namespace WorkflowEngine.Web.Features.Dashboard;

/// <summary>The dashboard's CSV files: every measure with its definition, and the cases behind one.</summary>
public static class DashboardCsv
{
    /// <summary>One line per figure, then one per breakdown line.</summary>
    public static string Figures(DashboardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        var period = $"{report.Query.Period.First:yyyy-MM-dd}";
        var end = $"{report.Query.Period.Last:yyyy-MM-dd}";
        Line(csv, "measure", "title", "value", "unit", "numerator", "denominator", "from", "to", "agency", "workflow", "risk", "definition");
        foreach (var figure in report.Figures.Figures)
        {
            var definition = MeasureCatalogue.Find(figure.Key)!;
            Line(csv, figure.Key, definition.Title, Number(figure.Value), definition.Unit, Number(figure.Numerator), Number(figure.Denominator),
                period, end, report.Query.Agency, report.Query.Workflow, report.Query.RiskLevel, definition.Definition);
        }

        csv.AppendLine();
        Line(csv, "breakdown", "group", "level", "open_or_count", "overdue", "escalated");
        foreach (var row in report.Figures.Breakdowns)
        {
            Line(csv, row.Measure, row.Group, Number(row.Level), Number((int?)row.Open), Number((int?)row.Overdue), Number((int?)row.Escalated));
        }

        return csv.ToString();
    }

    /// <summary>One line per case behind a figure; the child's name only where <paramref name="mayName"/> allows.</summary>
    public static string Cases(string measure, IEnumerable<MeasureCase> rows, Func<MeasureCase, bool> mayName)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(mayName);
        var csv = new StringBuilder();
        Line(csv, "measure", "case_reference", "child", "workflow", "opened_at_utc", "met", "detail");
        foreach (var row in rows)
        {
            Line(csv, measure, CaseReference.Of(row.CaseId), mayName(row) ? row.ChildName : string.Empty, row.WorkflowKey,
                row.OpenedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                row.Met switch { true => "yes", false => "no", null => string.Empty }, row.Detail);
        }

        return csv.ToString();
    }

    private static string Number<T>(T? value) where T : struct, IFormattable => value?.ToString(null, CultureInfo.InvariantCulture) ?? string.Empty;

    private static void Line(StringBuilder csv, params string?[] cells) =>
        csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");

    // Quotes every cell that needs it, and defuses text a spreadsheet would run as a formula.
    private static string Cell(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) && !decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
