using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.CaseDocuments;
using WorkflowEngine.Core.CaseNotes;
using WorkflowEngine.Core.Chronology;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Web.Access;
using WorkflowEngine.Web.Features.Shared;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Features.Cases;

/// <summary>
/// The case list and the case page. Need-to-know: a practitioner or manager sees the cases their
/// agency has work on, leads and admins every case; opening a case is written to its disclosure log.
/// </summary>
public sealed class CasesController(CaseService cases, ReadCaseHandler reads, ICaseQueries queries, WorkflowCatalogue workflows, ReferenceData reference, CalendarCatalogue calendars, TimeProvider time,
    PeopleDirectory people, WorkflowNames workflowNames)
    : PageController
{
    /// <summary>Cases, newest first, searched by the child's name.</summary>
    [HttpGet("/cases")]
    public async Task<IActionResult> Index(string? child, CancellationToken cancellationToken)
    {
        var me = Me;
        var refused = SearchLimit.Refuses(child, "child", ModelState, "The child's name");
        var found = refused ? [] : await queries.SearchAsync(new CaseSearch(ChildName: string.IsNullOrWhiteSpace(child) ? null : child.Trim(),
            InvolvingAgency: me.SeesEverything ? null : me.Agency, Take: 100), cancellationToken);
        var calendar = new PageCalendar(calendars).For();
        var rows = new List<CaseListRow>();
        foreach (var summary in found)
        {
            var workflow = await workflows.GetDefinitionAsync(summary.WorkflowKey, summary.WorkflowVersion, cancellationToken);
            rows.Add(new CaseListRow($"/cases/{summary.Id}", CaseReference.Of(summary.Id), summary.ChildName,
                StageName(workflow, summary.StageKey), summary.Status == CaseStatus.Open,
                TimeZoneInfo.ConvertTime(summary.OpenedAt, calendar.TimeZone).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))));
        }

        // The referrals this person raised, whatever their access to the cases: a status line each, linking to
        // the confirmation page that says where it went (it grants no access to the case).
        var raised = new List<CaseListRow>();
        foreach (var summary in await queries.SearchAsync(new CaseSearch(RaisedBy: me.UserName, Take: 50), cancellationToken))
        {
            var workflow = await workflows.GetDefinitionAsync(summary.WorkflowKey, summary.WorkflowVersion, cancellationToken);
            raised.Add(new CaseListRow($"/concerns/{summary.Id}/raised", CaseReference.Of(summary.Id), summary.ChildName,
                StageName(workflow, summary.StageKey), summary.Status == CaseStatus.Open,
                TimeZoneInfo.ConvertTime(summary.OpenedAt, calendar.TimeZone).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))));
        }

        Response.StatusCode = refused ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return View(new CaseListView(child, rows, me.SeesEverything) { Raised = raised });
    }

    /// <summary>The case page; each view is recorded in the case's disclosure log.</summary>
    [HttpGet("/cases/{caseId:guid}")]
    public Task<IActionResult> Show(Guid caseId, CancellationToken cancellationToken) => PageAsync(caseId, "Opened the case page", "Show", cancellationToken);

    /// <summary>The case summary for panels and supervision, laid out to print on A4; each view is recorded in the disclosure log.</summary>
    [HttpGet("/cases/{caseId:guid}/summary")]
    public Task<IActionResult> Summary(Guid caseId, CancellationToken cancellationToken) => PageAsync(caseId, "Opened the case summary to print", "Summary", cancellationToken);

    private async Task<IActionResult> PageAsync(Guid caseId, string purpose, string viewName, CancellationToken cancellationToken)
    {
        var me = Me;
        var (state, instead) = await ReadCaseAsync(reads, caseId, purpose, s => CaseAccess.CanSee(me, s), cancellationToken);
        if (state is null)
        {
            return instead!;
        }
        var workflow = await cases.GetWorkflowDefinitionAsync(state, cancellationToken)
            ?? throw new InvalidOperationException($"Case {caseId} runs on {state.WorkflowKey} v{state.WorkflowVersion}, which is not stored.");
        var calendar = new PageCalendar(calendars).For(workflow.Calendar);
        var now = time.GetUtcNow();
        var journal = await cases.ReadJournalAsync(caseId, cancellationToken);
        var linked = await LinkedAsync(state, me, cancellationToken);
        var outcomes = workflow.Stages.SelectMany(s => s.Tasks).SelectMany(t => t.Outcomes).DistinctBy(o => o.Key).ToDictionary(o => o.Key, o => o.Label, StringComparer.Ordinal);
        var names = await people.DisplayNamesAsync(journal.Select(e => e.Actor).Concat(state.Tasks.Select(t => t.AssignedTo)).Concat(state.Tasks.Select(t => t.ClosedBy))
            .Concat(journal.Select(e => e.Data["toPerson"]?.ToString())).Concat(journal.Select(e => e.Data["takenOverFrom"]?.ToString())), cancellationToken);
        string NameOf(string userName) => userName == "system" ? "The system" : names.GetValueOrDefault(userName, userName);
        var tracks = await TrackNamesAsync(journal, cancellationToken);
        return View(viewName, new CasePageView
        {
            Case = state,
            Reference = CaseReference.Of(state.Id),
            Workflow = $"{workflow.Name} (version {state.WorkflowVersion})",
            StageName = StageName(workflow, state.StageKey),
            ReferrerAgency = AgencyName(state.Contact.ReferrerAgency),
            OpenTasks = [.. state.Tasks.Where(t => t.IsActive).OrderBy(t => t.DueAt)
                .Select(t => (t, AgencyName(t.Agency) + (t.AssignedTo is { } holder ? ", " + NameOf(holder) : ""), DueWords.Describe(t.DueAt, now, calendar)))],
            DoneTasks = [.. state.Tasks.Where(t => !t.IsActive).OrderByDescending(t => t.ClosedAt).Select(t => (t,
                AgencyName(t.Agency),
                t.Outcome is null ? t.Status.ToString() : outcomes.GetValueOrDefault(t.Outcome, t.Outcome),
                t.ClosedAt is { } closed ? DueWords.When(closed, calendar) : string.Empty))],
            Indicators = Indicators(state.Facts),
            DisruptionMeasures = Labels(state.Facts["disruptionMeasures"], "disruption-measures"),
            LinkedTracks = linked.Visible,
            HiddenOtherCases = linked.Hidden,
            CanMergeChildRecords = me.Is(AppRoles.Lead),
            Timeline = CaseTimeline.From(journal, state, workflow, reference, calendar, NameOf, tracks.GetValueOrDefault),
            Chronology = CaseTimeline.From(CaseChronology.From(journal), state, workflow, reference, calendar, NameOf, tracks.GetValueOrDefault),
            Notes = [.. CaseNoteJournal.From(journal).Select(n => new NoteLine(CaseNoteKinds.LabelOf(n.Kind), n.OccurredOn.ToString("d MMMM yyyy", English), n.Text,
                NameOf(n.RecordedBy), AgencyName(n.Agency), DueWords.When(n.RecordedAt, calendar)))],
            Documents = [.. AttachmentJournal.From(journal).Select(d => new DocumentLine($"/cases/{state.Id}/documents/{d.Document.Id}", d.Document.FileName,
                SizeWords(d.Document.Size), NameOf(d.Document.UploadedBy), AgencyName(d.Agency), DueWords.When(d.Document.UploadedAt, calendar)))],
            Actions = ActionsFor(me, state, workflow),
            Diagram = MermaidExporter.Export(workflow, workflow.Stages.Any(s => s.Key == state.StageKey) ? state.StageKey : null),
            StageKey = state.StageKey,
            Path = StagePath(workflow, state, journal),
            Screening = ScreeningSummary.From(journal, calendar),
            ClosedBecause = ClosedBecause(workflow, state),
            Agencies = [.. state.InvolvedAgencies.Select(AgencyName)],
            Measures = MeasureLine.From(journal, state, reference, calendar),
            Names = names,
        });
    }

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    // The linked tracks the journal says were started, by their workflows' names ("Missing episode", not "missing-episode").
    private async Task<Dictionary<string, string>> TrackNamesAsync(IReadOnlyList<WorkflowEngine.Core.Journal.JournalEntry> journal, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in journal.Where(e => e.Kind == "track.started").Select(e => e.Data["workflow"]?.ToString()).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            names[key] = await workflowNames.OfAsync(key, cancellationToken);
        }

        return names;
    }

    // The same rules as the API: tracks, notes, documents and escalation for anyone who sees the case; moves and closing for managers and above.
    private static CaseActions ActionsFor(Viewer me, CaseState state, WorkflowDefinition workflow)
    {
        if (state.Status != CaseStatus.Open)
        {
            return CaseActions.None;
        }

        var manager = TaskAccess.IsManagerOrAbove(me);
        var moves = manager
            ? workflow.Stages.FirstOrDefault(s => s.Key == state.StageKey)?.Transitions.Where(t => t.Trigger == TransitionTrigger.Manual).Select(t => (t.Key, t.Label ?? t.Key)).ToList() ?? []
            : [];
        return new CaseActions(workflow.LinkedWorkflows.Count > 0, moves, manager, state.Tasks.Exists(t => t.IsActive), true);
    }

    private static string SizeWords(long bytes) =>
        bytes < 1024 ? $"{bytes} bytes" : bytes < 1024 * 1024 ? $"{Math.Ceiling(bytes / 1024.0):0} KB" : $"{bytes / 1024.0 / 1024.0:0.#} MB";

    // A final stage's key is stored as the closure reason; people read its name and description instead.
    private static string? ClosedBecause(WorkflowEngine.Core.Definitions.WorkflowDefinition workflow, CaseState state)
    {
        if (state.ClosureReason is not { } reason)
        {
            return null;
        }

        var stage = workflow.Stages.FirstOrDefault(s => s.Final && s.Key == reason);
        return stage is null ? $"Closed by hand: {reason}" : stage.Description is { } why ? $"{stage.Name}. {why}" : stage.Name;
    }

    // The stages in the author's order; final stages only when the case reached them, as a case ends in one of several.
    private static IReadOnlyList<(string, StageProgress)> StagePath(WorkflowEngine.Core.Definitions.WorkflowDefinition workflow, CaseState state, IReadOnlyList<WorkflowEngine.Core.Journal.JournalEntry> journal)
    {
        var visited = journal.Where(e => e.Kind == "stage.entered").Select(e => e.Data["stage"]?.ToString()).ToHashSet(StringComparer.Ordinal);
        return [.. workflow.Stages
            .Where(s => !s.Final || visited.Contains(s.Key))
            .Select(s => (s.Name, s.Key == state.StageKey ? StageProgress.Current : visited.Contains(s.Key) ? StageProgress.Done : StageProgress.NotReached))];
    }

    // Need-to-know: the viewer sees the other cases their agency works on; of the rest, only how many there are.
    private async Task<(IReadOnlyList<(CaseSummary, string)> Visible, int Hidden)> LinkedAsync(CaseState state, Viewer me, CancellationToken cancellationToken)
    {
        var all = await queries.SearchAsync(new CaseSearch(ChildId: state.ChildId, Take: 500), cancellationToken);
        var tracks = me.SeesEverything ? all : await queries.SearchAsync(new CaseSearch(ChildId: state.ChildId, InvolvingAgency: me.Agency, Take: 500), cancellationToken);
        var visible = tracks.Where(t => t.Id != state.Id).Select(t => (t, t.Id == state.ParentCaseId ? "started this track" : "another case or track for this child")).ToList();
        return (visible, all.Count(t => t.Id != state.Id) - visible.Count);
    }

    private IReadOnlyList<string> Indicators(JsonObject facts) =>
        [.. reference.Facts.Where(f => f.Type == FactType.Boolean && f.Key != "urgent" && facts[f.Key] is JsonValue v && v.TryGetValue<bool>(out var yes) && yes).Select(f => f.Label)
            .Concat(facts["missingEpisodes"] is JsonValue m && m.TryGetValue<int>(out var n) && n > 0 ? [$"Missing episodes in the last 3 months: {n}"] : [])];

    private IReadOnlyList<string> Labels(JsonNode? values, string list)
    {
        if (values is not JsonArray array)
        {
            return [];
        }

        var items = reference.GetChoiceList(list) ?? [];
        return [.. array.Select(n => n?.ToString() ?? string.Empty).Select(k => items.FirstOrDefault(i => i.Key == k)?.Name ?? k)];
    }

    private string AgencyName(string key) => reference.AgenciesByKey.TryGetValue(key, out var agency) ? agency.Name : key;

    private static string StageName(WorkflowDefinition? workflow, string stageKey) =>
        workflow?.Stages.FirstOrDefault(s => s.Key == stageKey)?.Name ?? stageKey;
}
