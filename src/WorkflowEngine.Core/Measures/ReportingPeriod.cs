using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Measures;

/// <summary>
/// A reporting period: whole local days from <see cref="First"/> to <see cref="Last"/>, and the
/// instants they start and end at in the partnership's time zone.
/// </summary>
public sealed record ReportingPeriod(DateOnly First, DateOnly Last, DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>The kinds of period people choose from.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["month", "quarter", "year", "custom"];

    /// <summary>
    /// The period a person asked for: a <c>month</c>, <c>quarter</c> or <c>year</c> (the one holding
    /// <paramref name="anchor"/>; calendar quarters and years) or a <c>custom</c> run of days from
    /// <paramref name="from"/> to <paramref name="to"/>, both included. Every problem comes back
    /// at once, each naming its field (<c>period</c>, <c>from</c>, <c>to</c>).
    /// </summary>
    public static (ReportingPeriod? Period, IReadOnlyList<ValidationError> Errors) Create(
        string? kind, DateOnly anchor, DateOnly? from, DateOnly? to, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var errors = new List<ValidationError>();
        DateOnly first, last;
        switch (kind ?? "month")
        {
            case "month":
                first = new DateOnly(anchor.Year, anchor.Month, 1);
                last = first.AddMonths(1).AddDays(-1);
                break;
            case "quarter":
                first = new DateOnly(anchor.Year, ((anchor.Month - 1) / 3 * 3) + 1, 1);
                last = first.AddMonths(3).AddDays(-1);
                break;
            case "year":
                first = new DateOnly(anchor.Year, 1, 1);
                last = new DateOnly(anchor.Year, 12, 31);
                break;
            case "custom":
                if (from is null)
                {
                    errors.Add(new("period.from-missing", "from", "Enter the first day of the period."));
                }

                if (to is null)
                {
                    errors.Add(new("period.to-missing", "to", "Enter the last day of the period."));
                }

                if (from is { } f && to is { } t && f > t)
                {
                    errors.Add(new("period.from-after-to", "from", "The first day of the period must be on or before the last day."));
                }

                if (from is { } a && to is { } b && b.DayNumber - a.DayNumber > 3 * 366)
                {
                    errors.Add(new("period.too-long", "to", "A custom period can be at most 3 years long."));
                }

                if (errors.Count > 0)
                {
                    return (null, errors);
                }

                (first, last) = (from!.Value, to!.Value);
                break;
            default:
                return (null, [new("period.unknown", "period", "Choose a month, a quarter, a year or a custom period.")]);
        }

        return (new ReportingPeriod(first, last, StartOf(first, timeZone), StartOf(last.AddDays(1), timeZone)), []);
    }

    /// <summary>The calendar months the period touches, each cut to the period (for trends).</summary>
    public IEnumerable<ReportingPeriod> Months(TimeZoneInfo timeZone)
    {
        for (var month = new DateOnly(First.Year, First.Month, 1); month <= Last; month = month.AddMonths(1))
        {
            var first = month < First ? First : month;
            var end = month.AddMonths(1).AddDays(-1);
            var last = end > Last ? Last : end;
            yield return new ReportingPeriod(first, last, StartOf(first, timeZone), StartOf(last.AddDays(1), timeZone));
        }
    }

    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo timeZone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, timeZone.GetUtcOffset(local)).ToUniversalTime();
    }
}
