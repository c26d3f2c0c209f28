using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.CaseDocuments;
using WorkflowEngine.Core.CaseNotes;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Web.Features.Cases;

/// <summary>Turns a case's journal into timeline items people can read, newest first.</summary>
public static class CaseTimeline
{
    private static readonly string[] SaidKeys = ["reason", "note", "purpose"];

    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["case.opened"] = "Concern received",
        ["case.viewed"] = "Case viewed",
        ["case.closed"] = "Case closed",
        ["case.moved-by-hand"] = "Moved by hand",
        ["stage.entered"] = "Stage started",
        ["transition.fired"] = "Moved on",
        ["rule.decided"] = "Rule decided",
        ["task.created"] = "Task created",
        ["task.claimed"] = "Task claimed",
        ["task.released"] = "Task released",
        ["task.completed"] = "Task completed",
        ["task.cancelled"] = "Task cancelled",
        ["task.reassigned"] = "Task reassigned",
        ["task.extended"] = "Due date extended",
        ["task.reminded"] = "Reminder sent",
        ["task.overdue"] = "Task overdue",
        ["task.escalated"] = "Task escalated",
        ["escalation.acknowledged"] = "Escalation acknowledged",
        ["escalation.resolved"] = "Escalation resolved",
        ["track.started"] = "Linked track started",
        ["outcome.shared"] = "Outcome shared",
        ["child.merged"] = "Child's records merged",
        [CaseNoteJournal.Kind] = "Case note",
        [AttachmentJournal.Kind] = "Document attached",
    };

    /// <summary>
    /// The timeline: every entry given, newest first, each by the person's display name and, where known, their agency;
    /// a linked track by its workflow's name when <paramref name="trackName"/> knows it.
    /// </summary>
    public static IReadOnlyList<TimelineItem> From(IEnumerable<JournalEntry> entries, CaseState state, WorkflowDefinition workflow, ReferenceData reference, WorkingCalendar calendar,
        Func<string, string> nameOf, Func<string, string?>? trackName = null)
    {
        ArgumentNullException.ThrowIfNull(nameOf);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(reference);
        var tasks = state.Tasks.ToDictionary(t => t.Id.ToString(), t => t.Title, StringComparer.OrdinalIgnoreCase);
        var taskAgencies = state.Tasks.ToDictionary(t => t.Id.ToString(), t => t.Agency, StringComparer.OrdinalIgnoreCase);
        string AgencyName(string key) => reference.AgenciesByKey.TryGetValue(key, out var found) ? found.Name : key;
        var measures = reference.GetChoiceList("disruption-measures") ?? [];
        var stages = workflow.Stages.DistinctBy(s => s.Key).ToDictionary(s => s.Key, s => s.Name, StringComparer.Ordinal);
        var outcomes = workflow.Stages.SelectMany(s => s.Tasks).SelectMany(t => t.Outcomes).DistinctBy(o => o.Key).ToDictionary(o => o.Key, o => o.Label, StringComparer.Ordinal);
        return [.. entries.OrderByDescending(e => e.Sequence).Select(e =>
        {
            var title = Titles.GetValueOrDefault(e.Kind, e.Kind);
            var details = new List<string>();
            string? agency = null;
            if (Text(e.Data, "taskId") is { } taskId && tasks.TryGetValue(taskId, out var taskTitle))
            {
                title += ": " + taskTitle;
                agency = AgencyName(taskAgencies[taskId]);
            }

            if (e.Kind is CaseNoteJournal.Kind or AttachmentJournal.Kind && Text(e.Data, "agency") is { } recordedFor)
            {
                agency = AgencyName(recordedFor);
            }

            if (e.Kind == CaseNoteJournal.Kind)
            {
                var note = CaseNoteJournal.From([e])[0];
                title = CaseNoteKinds.LabelOf(note.Kind);
                details.Add("On " + note.OccurredOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) + ": " + note.Text);
            }

            if (e.Kind == AttachmentJournal.Kind && Text(e.Data, "fileName") is { } fileName)
            {
                details.Add(fileName);
            }

            if (e.Kind == "child.merged" && Text(e.Data, "reason") is { } why)
            {
                details.Add($"The record of {Text(e.Data, "mergedName")} was merged into {Text(e.Data, "survivorName")}: {why}");
            }

            if (e.Kind == "track.started" && Text(e.Data, "workflow") is { } track)
            {
                details.Add("Track: " + (trackName?.Invoke(track) ?? track));
            }

            if (e.Kind == "task.completed" && e.Data["data"] is JsonObject answers && answers["disruptionMeasures"] is JsonArray used && used.Count > 0)
            {
                details.Add("Disruption measures: " + string.Join(", ", used.Select(m => m?.ToString() ?? string.Empty).Select(k => measures.FirstOrDefault(i => i.Key == k)?.Name ?? k)));
            }

            if (Text(e.Data, "stage") is { } stage && e.Kind is "stage.entered" or "case.closed")
            {
                details.Add("Stage: " + stages.GetValueOrDefault(stage, stage));
            }

            if (e.Kind == "transition.fired" && Text(e.Data, "to") is { } to)
            {
                details.Add("To: " + stages.GetValueOrDefault(to, to));
            }

            if (Text(e.Data, "outcome") is { } outcome)
            {
                details.Add("Outcome: " + outcomes.GetValueOrDefault(outcome, outcome));
            }

            if (e.Kind == "task.reassigned" && Text(e.Data, "toAgency") is { } toAgency)
            {
                details.Add("To: " + (reference.AgenciesByKey.TryGetValue(toAgency, out var a) ? a.Name : toAgency) + (Text(e.Data, "toPerson") is { } person ? ", " + nameOf(person) : ""));
            }

            if (e.Kind == "task.claimed" && Text(e.Data, "takenOverFrom") is { } from)
            {
                details.Add("Taken over from " + nameOf(from));
            }

            if (e.Kind == "task.escalated" && e.Data["level"] is { } level)
            {
                details.Add("Level " + level.ToJsonString());
            }

            if (e.Kind == "case.opened" && e.Data["contact"] is JsonObject contact && Text(contact, "concern") is { } concern)
            {
                details.Add(concern);
                agency = Text(contact, "referrerAgency") is { } referrerAgency ? AgencyName(referrerAgency) : null;
            }

            foreach (var key in SaidKeys)
            {
                if (Text(e.Data, key) is { } said)
                {
                    details.Add(CultureInfo.InvariantCulture.TextInfo.ToUpper(key[0]) + key[1..] + ": " + said);
                }
            }

            var local = TimeZoneInfo.ConvertTime(e.OccurredAt, calendar.TimeZone);
            return new TimelineItem(title, nameOf(e.Actor), agency, e.OccurredAt.UtcDateTime.ToString("o", CultureInfo.InvariantCulture),
                local.ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB")), details);
        })];
    }

    private static string? Text(JsonObject data, string key) =>
        data.TryGetPropertyValue(key, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
