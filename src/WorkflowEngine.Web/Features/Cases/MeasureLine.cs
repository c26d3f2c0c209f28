using System.Text.Json.Nodes;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Cases;

/// <summary>A disruption measure recorded on the case: what, by which agency, and when.</summary>
/// <param name="Measure">The measure's name.</param>
/// <param name="Agency">The agency whose task recorded it.</param>
/// <param name="When">When, in words.</param>
public sealed record MeasureLine(string Measure, string Agency, string When)
{
    /// <summary>Every measure the case's completed tasks recorded, oldest first, read from the journal.</summary>
    public static IReadOnlyList<MeasureLine> From(IReadOnlyList<JournalEntry> journal, CaseState state, ReferenceData reference, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(reference);
        var items = reference.GetChoiceList("disruption-measures") ?? [];
        var lines = new List<MeasureLine>();
        foreach (var entry in journal.Where(e => e.Kind == "task.completed"))
        {
            if (entry.Data["data"] is not JsonObject answers || answers["disruptionMeasures"] is not JsonArray used)
            {
                continue;
            }

            var task = state.Tasks.FirstOrDefault(t => string.Equals(t.Id.ToString(), entry.Data["taskId"]?.ToString(), StringComparison.OrdinalIgnoreCase));
            var agency = task is null ? "Not known" : reference.AgenciesByKey.TryGetValue(task.Agency, out var found) ? found.Name : task.Agency;
            foreach (var key in used.Select(m => m?.ToString()).OfType<string>())
            {
                lines.Add(new MeasureLine(items.FirstOrDefault(i => i.Key == key)?.Name ?? key, agency, DueWords.When(entry.OccurredAt, calendar)));
            }
        }

        return lines;
    }
}
