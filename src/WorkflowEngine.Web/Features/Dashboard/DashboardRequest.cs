using System.Globalization;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Web.Access;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Features.Dashboard;

/// <summary>
/// The dashboard's filters as they arrive in the query string, shared by the page, the CSV and the
/// API: <c>period</c> (month, quarter, year, custom), <c>on</c> (a day inside a month, quarter or
/// year; today when absent), <c>from</c> and <c>to</c> (custom, both included), <c>agency</c>,
/// <c>workflow</c>, <c>risk</c>. Dates are written yyyy-mm-dd.
/// </summary>
public sealed record DashboardRequest(string? Period, string? On, string? From, string? To, string? Agency, string? Workflow, string? Risk)
{
    /// <summary>Who may read the dashboard: leads (the chair is one), admins and managers; not practitioners.</summary>
    public static bool MayRead(Viewer viewer) =>
        viewer.SeesEverything || viewer.Is(AppRoles.Manager);

    /// <summary>The query to run for the viewer, or every problem with the filters (each naming its field). A manager always gets their own agency.</summary>
    public (DashboardQuery? Query, IReadOnlyList<ValidationError> Errors) ToQuery(Viewer viewer, DateTimeOffset now, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var errors = new List<ValidationError>();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, timeZone).DateTime);
        var kind = string.IsNullOrWhiteSpace(Period) ? "month" : Period.Trim();
        var on = ReadDate(On, "on", errors) ?? today;
        DateOnly? from = null, to = null;
        if (kind == "custom")
        {
            from = ReadDate(From, "from", errors);
            to = ReadDate(To, "to", errors);
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var (period, periodErrors) = ReportingPeriod.Create(kind, on, from, to, timeZone);
        if (period is null)
        {
            return (null, periodErrors);
        }

        var agency = viewer.SeesEverything ? Blank(Agency) : viewer.Agency;
        return (new DashboardQuery(period, now, today, agency, Blank(Workflow), Blank(Risk)), []);
    }

    /// <summary>The same filters as a query string (for links to the CSV and the drill-down).</summary>
    public string ToQueryString()
    {
        var pairs = new[] { ("period", Period), ("on", On), ("from", From), ("to", To), ("agency", Agency), ("workflow", Workflow), ("risk", Risk) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2))
            .Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!.Trim()));
        var query = string.Join("&", pairs);
        return query.Length == 0 ? string.Empty : "?" + query;
    }

    // Far enough either way for any report; a period running off the calendar's ends cannot be counted.
    private static readonly DateOnly Earliest = new(1900, 1, 1);
    private static readonly DateOnly Latest = new(2199, 12, 31);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? ReadDate(string? text, string field, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (date >= Earliest && date <= Latest)
            {
                return date;
            }

            errors.Add(new("period.date-out-of-range", field, "Enter a date from 1 January 1900 to 31 December 2199."));
            return null;
        }

        errors.Add(new("period.bad-date", field, "Enter a real date as year-month-day, for example 2026-03-31."));
        return null;
    }
}
