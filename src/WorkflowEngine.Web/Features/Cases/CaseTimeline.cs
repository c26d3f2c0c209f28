using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Calendars;
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
    };

    /// <summary>The timeline.</summary>
    public static IReadOnlyList<TimelineItem> From(IEnumerable<JournalEntry> entries, CaseState state, WorkflowDefinition workflow, ReferenceData reference, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(reference);
        var tasks = state.Tasks.ToDictionary(t => t.Id.ToString(), t => t.Title, StringComparer.OrdinalIgnoreCase);
        var stages = workflow.Stages.DistinctBy(s => s.Key).ToDictionary(s => s.Key, s => s.Name, StringComparer.Ordinal);
        var outcomes = workflow.Stages.SelectMany(s => s.Tasks).SelectMany(t => t.Outcomes).DistinctBy(o => o.Key).ToDictionary(o => o.Key, o => o.Label, StringComparer.Ordinal);
        return [.. entries.OrderByDescending(e => e.Sequence).Select(e =>
        {
            var title = Titles.GetValueOrDefault(e.Kind, e.Kind);
            var details = new List<string>();
            if (Text(e.Data, "taskId") is { } taskId && tasks.TryGetValue(taskId, out var taskTitle))
            {
                title += ": " + taskTitle;
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
                details.Add("To: " + (reference.AgenciesByKey.TryGetValue(toAgency, out var a) ? a.Name : toAgency) + (Text(e.Data, "toPerson") is { } person ? ", " + person : ""));
            }

            if (e.Kind == "task.claimed" && Text(e.Data, "takenOverFrom") is { } from)
            {
                details.Add("Taken over from " + from);
            }

            if (e.Kind == "task.escalated" && e.Data["level"] is { } level)
            {
                details.Add("Level " + level.ToJsonString());
            }

            if (e.Kind == "case.opened" && e.Data["contact"] is JsonObject contact && Text(contact, "concern") is { } concern)
            {
                details.Add(concern);
            }

            foreach (var key in SaidKeys)
            {
                if (Text(e.Data, key) is { } said)
                {
                    details.Add(CultureInfo.InvariantCulture.TextInfo.ToUpper(key[0]) + key[1..] + ": " + said);
                }
            }

            var local = TimeZoneInfo.ConvertTime(e.OccurredAt, calendar.TimeZone);
            return new TimelineItem(title, e.Actor, e.OccurredAt.UtcDateTime.ToString("o", CultureInfo.InvariantCulture),
                local.ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB")), details);
        })];
    }

    private static string? Text(JsonObject data, string key) =>
        data.TryGetPropertyValue(key, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
