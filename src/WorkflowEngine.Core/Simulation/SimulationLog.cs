using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Journal;

namespace WorkflowEngine.Core.Simulation;

/// <summary>Tells a simulated case's journal as sentences a lead can follow, one per entry.</summary>
internal static class SimulationLog
{
    public static string Describe(JournalEntry entry, WorkflowDefinition workflow)
    {
        var data = entry.Data;
        var text = entry.Kind switch
        {
            "case.opened" => $"Case opened on '{Text(data, "workflow")}' (simulated as version {Text(data, "version")}).",
            "stage.entered" => $"Entered stage '{StageName(workflow, Text(data, "stage"))}' via {Text(data, "via")}.",
            "task.created" => $"Task '{Text(data, "title")}' created for {Owner(data, "agency", "role")}, due {Instant(data["dueAt"])}.",
            "task.completed" => $"Task '{Text(data, "task")}' completed with '{Text(data, "outcome")}'.",
            "task.cancelled" => $"Task '{Text(data, "task")}' cancelled: {Text(data, "reason")}",
            "task.reminded" => $"Reminder for task '{Text(data, "task")}'{(data["sent"]?.GetValue<bool>() == false ? " (too late to send)" : string.Empty)}.",
            "task.overdue" => $"Task '{Text(data, "task")}' is overdue.",
            "task.escalated" => $"Task escalated to level {Text(data, "level")}: {Owner(data, "targetAgency", "targetRole")}.",
            "task.reassigned" => $"Task '{Text(data, "task")}' reassigned to {Owner(data, "toAgency", "toRole")}.",
            "escalation.resolved" => $"Escalation at level {Text(data, "level")} resolved.",
            "rule.decided" => Decision(data),
            "transition.fired" => $"Transition '{Text(data, "transition")}' fired: {Text(data, "from")} to {Text(data, "to")}.",
            "case.moved-by-hand" => $"Moved by hand along '{Text(data, "transition")}'.",
            "track.started" => $"Linked track '{Text(data, "workflow")}' started.",
            "case.closed" => $"Case closed: {Text(data, "reason")}.",
            _ => entry.Kind + ".",
        };
        return $"{Instant(entry.OccurredAt)} {text}";
    }

    private static string Decision(JsonObject data)
    {
        var ruleSet = $"Rule set '{Text(data, "ruleSet")}' version {Text(data, "ruleSetVersion")}";
        if (Text(data, "purpose") == "guard")
        {
            return $"{ruleSet} {(data["passed"]?.GetValue<bool>() == true ? "allowed" : "refused")} transition '{Text(data, "transition")}'.";
        }

        var fired = data["firedRule"] is null ? "no rule fired" : $"rule '{Text(data, "firedRule")}' fired";
        var output = data["output"] is { } value ? $", output {value.ToJsonString()}" : string.Empty;
        return Text(data, "purpose") == "assignment"
            ? $"{ruleSet} gave task '{Text(data, "task")}' to '{Text(data, "event")}' ({fired})."
            : $"{ruleSet} decided '{(data["event"] is null ? StageDecision.Otherwise : Text(data, "event"))}' ({fired}{output}).";
    }

    private static string Owner(JsonObject data, string agency, string role) =>
        data[role] is null ? Text(data, agency) : $"{Text(data, agency)} ({Text(data, role)})";

    private static string StageName(WorkflowDefinition workflow, string key) =>
        workflow.Stages.FirstOrDefault(s => s.Key == key)?.Name ?? key;

    private static string Text(JsonObject data, string key) => data[key] switch
    {
        null => string.Empty,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var node => node.ToJsonString(),
    };

    private static string Instant(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<DateTimeOffset>(out var instant) ? Instant(instant) : node?.ToJsonString() ?? string.Empty;

    private static string Instant(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
