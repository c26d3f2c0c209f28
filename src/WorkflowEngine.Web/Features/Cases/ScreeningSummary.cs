using System.Text.Json.Nodes;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Cases;

/// <summary>
/// The latest rule decision that set a value on the case (e.g. the screening's risk level): what it
/// gave, the score it computed and the rule that fired, read from the journal so it is what was decided.
/// </summary>
/// <param name="RuleSet">The rule set's key and version, e.g. "exploitation-screening (version 1)".</param>
/// <param name="Rule">The rule that fired.</param>
/// <param name="Output">What it gave, e.g. "significant".</param>
/// <param name="Score">The score it computed, when it computes one.</param>
/// <param name="When">When, in words.</param>
public sealed record ScreeningSummary(string RuleSet, string Rule, string Output, decimal? Score, string When)
{
    /// <summary>The latest stage decision with an output, or null when the case has none yet.</summary>
    public static ScreeningSummary? From(IReadOnlyList<JournalEntry> journal, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var decision = journal.LastOrDefault(e => e.Kind == "rule.decided"
            && e.Data["purpose"]?.ToString() == "stage-decision" && e.Data["output"] is JsonValue && e.Data["firedRule"] is JsonValue);
        if (decision is null)
        {
            return null;
        }

        var data = decision.Data;
        decimal? score = data["values"]?["score"] is JsonValue value
            && decimal.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;
        return new ScreeningSummary($"{data["ruleSet"]} (version {data["ruleSetVersion"]})", data["firedRule"]!.ToString(), data["output"]!.ToString(),
            score, DueWords.When(decision.OccurredAt, calendar));
    }
}
