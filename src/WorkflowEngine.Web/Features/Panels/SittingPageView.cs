using WorkflowEngine.Core.Panels;
using WorkflowEngine.Core.Reference;

namespace WorkflowEngine.Web.Features.Panels;

/// <summary>The sitting page: agenda with summaries, attendance, discussion, actions, minutes.</summary>
public sealed class SittingPageView
{
    /// <summary>The sitting.</summary>
    public required PanelSitting Sitting { get; init; }

    /// <summary>The panel's name.</summary>
    public required string PanelName { get; init; }

    /// <summary>The sitting's date in words.</summary>
    public required string DateText { get; init; }

    /// <summary>When it starts, in words.</summary>
    public required string StartsText { get; init; }

    /// <summary>When its agenda closes, in words.</summary>
    public required string ClosesText { get; init; }

    /// <summary>The summaries of the cases on the agenda.</summary>
    public required IReadOnlyDictionary<Guid, PanelCaseSummary> Summaries { get; init; }

    /// <summary>Cases that could go on the agenda (for those who build it).</summary>
    public required IReadOnlyList<PanelCaseSummary> Candidates { get; init; }

    /// <summary>Whether the viewer builds the agenda and records the sitting.</summary>
    public required bool CanRun { get; init; }

    /// <summary>Whether the viewer may confirm the minutes.</summary>
    public required bool CanConfirm { get; init; }

    /// <summary>Whether the sitting has started.</summary>
    public required bool HasSat { get; init; }

    /// <summary>The risk levels, lowest first.</summary>
    public required IReadOnlyList<ReferenceItem> RiskLevels { get; init; }

    /// <summary>The agencies that can own an action.</summary>
    public required IReadOnlyList<ReferenceItem> ActionAgencies { get; init; }

    /// <summary>The partnership's agencies.</summary>
    public required IReadOnlyList<Agency> Agencies { get; init; }

    /// <summary>People's names by user name.</summary>
    public required IReadOnlyDictionary<string, string> People { get; init; }

    /// <summary>When and how instants are shown.</summary>
    public required Func<DateTimeOffset, string> When { get; init; }

    /// <summary>The form posted when the page is shown again with errors, and its values.</summary>
    public string? PostedForm { get; init; }

    /// <summary>The posted values.</summary>
    public IReadOnlyDictionary<string, string> Posted { get; init; } = new Dictionary<string, string>();

    /// <summary>A posted value, when the posted form is <paramref name="form"/>.</summary>
    public string Value(string form, string key) => PostedForm == form && Posted.TryGetValue(key, out var value) ? value : string.Empty;

    /// <summary>An agency's name.</summary>
    public string AgencyName(string key) => Agencies.FirstOrDefault(a => a.Key == key)?.Name ?? ActionAgencies.FirstOrDefault(a => a.Key == key)?.Name ?? key;

    /// <summary>A risk level's name.</summary>
    public string RiskName(string? key) => key is null ? "Not given" : RiskLevels.FirstOrDefault(r => r.Key == key)?.Name ?? key;

    /// <summary>A person's name.</summary>
    public string Person(string? userName) => userName is null ? string.Empty : People.GetValueOrDefault(userName, userName);
}
