using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Web.Features.Cases;

/// <summary>The case page: where the case is, its work, its history, its linked tracks and its diagram.</summary>
public sealed record CasePageView
{
    /// <summary>The case.</summary>
    public required CaseState Case { get; init; }

    /// <summary>The case reference.</summary>
    public required string Reference { get; init; }

    /// <summary>The workflow's name and version.</summary>
    public required string Workflow { get; init; }

    /// <summary>The current stage's name.</summary>
    public required string StageName { get; init; }

    /// <summary>The referrer's agency name.</summary>
    public required string ReferrerAgency { get; init; }

    /// <summary>Open tasks with their owner (the agency, and the person holding it by name) and their due time in words.</summary>
    public required IReadOnlyList<(CaseTask Task, string Owner, string Due)> OpenTasks { get; init; }

    /// <summary>Finished tasks with their outcome's words.</summary>
    public required IReadOnlyList<(CaseTask Task, string Agency, string Outcome, string When)> DoneTasks { get; init; }

    /// <summary>Indicators recorded on the case, in words.</summary>
    public required IReadOnlyList<string> Indicators { get; init; }

    /// <summary>Disruption measures recorded, by their list labels.</summary>
    public required IReadOnlyList<string> DisruptionMeasures { get; init; }

    /// <summary>The child's other tracks the viewer may see, and the parent track.</summary>
    public required IReadOnlyList<(CaseSummary Case, string Relation)> LinkedTracks { get; init; }

    /// <summary>Other cases and tracks for the child that the viewer has no need to know about: counted, never shown.</summary>
    public int HiddenOtherCases { get; init; }

    /// <summary>Whether the viewer may merge two records of one child (a safeguarding lead).</summary>
    public bool CanMergeChildRecords { get; init; }

    /// <summary>The whole journal (the audit trail, page views included), newest first.</summary>
    public required IReadOnlyList<TimelineItem> Timeline { get; init; }

    /// <summary>The significant events for practitioners, newest first.</summary>
    public required IReadOnlyList<TimelineItem> Chronology { get; init; }

    /// <summary>The case notes, newest recorded first.</summary>
    public required IReadOnlyList<NoteLine> Notes { get; init; }

    /// <summary>The documents attached, newest first.</summary>
    public required IReadOnlyList<DocumentLine> Documents { get; init; }

    /// <summary>What the viewer may do on the case.</summary>
    public required CaseActions Actions { get; init; }

    /// <summary>The workflow diagram as Mermaid text, the current stage carrying the <c>current</c> class.</summary>
    public required string Diagram { get; init; }

    /// <summary>The workflow's stages in order, each with where the case is: done, here now, or not reached.</summary>
    public required IReadOnlyList<(string Stage, StageProgress Progress)> Path { get; init; }

    /// <summary>The Mermaid id of the current stage, as named in the diagram.</summary>
    public required string StageKey { get; init; }

    /// <summary>The latest rule decision that set a value on the case: risk level, score and the rule that set it.</summary>
    public ScreeningSummary? Screening { get; init; }

    /// <summary>Why the case closed, in words (the closing stage's name and description, or the reason given by hand).</summary>
    public string? ClosedBecause { get; init; }

    /// <summary>The agencies that have or had work on the case, by name.</summary>
    public IReadOnlyList<string> Agencies { get; init; } = [];

    /// <summary>The disruption measures used, each with the agency that recorded it and when.</summary>
    public IReadOnlyList<MeasureLine> Measures { get; init; } = [];

    /// <summary>People's display names by user name, for those named on the case.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();
}
