using System.Globalization;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Dashboard;

/// <summary>
/// The page's dates are GOV.UK date inputs (<c>from-day</c>, <c>from-month</c>, <c>from-year</c>);
/// the CSV, the drill-down links and the API keep <c>from=yyyy-mm-dd</c>. This turns the boxes into
/// the request's dates, or names the date that is not real, keeping what was typed for the page.
/// </summary>
public static class DashboardDateBoxes
{
    /// <summary>The dates given as boxes, with their labels for messages.</summary>
    public static IReadOnlyList<(string Field, string Label)> Fields { get; } =
        [("on", "The day the period holds"), ("from", "The first day of the period"), ("to", "The last day of the period")];

    /// <summary>The request with any date typed in boxes written yyyy-mm-dd, and an error for each that is not a real date.</summary>
    public static (DashboardRequest Request, IReadOnlyList<ValidationError> Errors) Read(DashboardRequest request, IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(query);
        var errors = new List<ValidationError>();
        foreach (var (field, label) in Fields)
        {
            var (day, month, year) = (Part(query, field, "day"), Part(query, field, "month"), Part(query, field, "year"));
            if (day is null && month is null && year is null)
            {
                continue;
            }

            string? iso = null;
            if (string.IsNullOrWhiteSpace(day) && string.IsNullOrWhiteSpace(month) && string.IsNullOrWhiteSpace(year))
            {
                iso = null;
            }
            else if (DateParts.TryRead(day?.Trim(), month?.Trim(), year?.Trim(), out var date))
            {
                iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            else
            {
                errors.Add(new("period.bad-date", field, $"{label} must be a real date, for example 31 3 2026."));
            }

            request = field switch
            {
                "on" => request with { On = iso },
                "from" => request with { From = iso },
                _ => request with { To = iso },
            };
        }

        return (request, errors);
    }

    /// <summary>What the page shows in a date's three boxes: what was typed, else the date the request holds.</summary>
    public static (string? Day, string? Month, string? Year) Shown(string field, string? iso, IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Part(query, field, "day") is not null || Part(query, field, "month") is not null || Part(query, field, "year") is not null)
        {
            return (Part(query, field, "day"), Part(query, field, "month"), Part(query, field, "year"));
        }

        return DateOnly.TryParseExact(iso?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date.Day.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture))
            : (null, null, null);
    }

    private static string? Part(IQueryCollection query, string field, string part) =>
        query.TryGetValue($"{field}-{part}", out var value) ? value.ToString() : null;
}
