using System.Globalization;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Reference;

namespace WorkflowEngine.Web.Features.Dashboard;

/// <summary>What the dashboard page shows: the filters as sent, and the report when they were valid.</summary>
public sealed record DashboardView(
    DashboardRequest Request, DashboardReport? Report, bool CanChooseAgency, string? OwnAgency,
    IReadOnlyList<Agency> Agencies, IReadOnlyList<string> Workflows, IReadOnlyList<ReferenceItem> RiskLevels, IReadOnlyList<ReferenceItem> Measures)
{
    /// <summary>The figure as people read it: "52.4%", "15.1 days", "12", or "No cases" when nothing was counted.</summary>
    public static string Show(MeasureFigure figure, MeasureDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(definition);
        if (figure.Value is not { } value)
        {
            return "No cases";
        }

        var number = value.ToString(definition.Unit == "count" ? "N0" : "0.0", CultureInfo.GetCultureInfo("en-GB"));
        return definition.Unit switch { "percent" => number + "%", "days" => number + " days", _ => number };
    }

    /// <summary>The numbers behind a share or a median, e.g. "27 of 52 cases".</summary>
    public static string? Behind(MeasureFigure figure) => figure switch
    {
        { Numerator: { } met, Denominator: { } all } => $"{met} of {all} {(all == 1 ? "case" : "cases")}",
        { Denominator: { } all } => $"from {all} {(all == 1 ? "case" : "cases")}",
        _ => null,
    };

    /// <summary>An agency's name from its key.</summary>
    /// <summary>Hand-overs waiting for acceptance, by receiving agency (now, whatever the period chosen).</summary>
    public IReadOnlyList<Core.Tasks.HandoverWaiting> Handovers { get; init; } = [];

    /// <summary>The partnership's time zone, for times shown.</summary>
    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.Utc;

    public string AgencyName(string key) => Agencies.FirstOrDefault(a => a.Key == key)?.Name ?? key;

    /// <summary>A disruption measure's name from its key.</summary>
    public string MeasureName(string key) => Measures.FirstOrDefault(m => m.Key == key)?.Name ?? key;
}
