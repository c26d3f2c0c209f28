using System.Text.Json.Nodes;
using WorkflowEngine.Core.Commands;

namespace WorkflowEngine.Core.Runtime;

/// <content>Commands a panel's confirmed minutes run on a case: the minutes journalled with the chair's task they complete.</content>
public sealed partial class CaseService
{
    private const string PanelKindPrefix = "panel.";

    /// <summary>
    /// Completes the panel chair's task from confirmed minutes: the minutes for this case are journalled
    /// and the task completed in one change, so the workflow (not the panel) creates what follows.
    /// </summary>
    public Task<CommandResult<CaseState>> CompleteWithMinutesAsync(CompleteTaskCommand request, JsonObject minutes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(minutes);
        return ExecuteAsync(request.CaseId, request.TaskId, request.ExpectedTaskVersion, request.Actor, async (command, task) =>
        {
            command.Record(PanelKindPrefix + "minutes-confirmed", (JsonObject)minutes.DeepClone());
            var chairAgency = (task!.Agency, task.Role);
            var done = await CompleteAsync(command, task, request, cancellationToken);
            if (done.Succeeded)
            {
                ApplyPanelActions(command, minutes, chairAgency.Agency, chairAgency.Role);
            }

            return done;
        }, cancellationToken, request.Access);
    }

    /// <summary>
    /// Each task the minutes created for an agency with actions (its disruption task) falls due at the
    /// end of the working day of the earliest date the panel gave that agency, and, unless it is the
    /// chair's own agency, awaits that agency's acceptance: the chair's agency answers for it until then.
    /// </summary>
    private void ApplyPanelActions(CaseCommand command, JsonObject minutes, string chairAgency, string? chairRole)
    {
        var dueByAgency = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var action in (minutes["actions"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (action["agency"]?.GetValue<string>() is { } agency
                && DateOnly.TryParseExact(action["dueOn"]?.GetValue<string>(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var dueOn)
                && (!dueByAgency.TryGetValue(agency, out var earlier) || dueOn < earlier))
            {
                dueByAgency[agency] = dueOn;
            }
        }

        foreach (var created in command.AddedTasks.Where(t => t.IsActive && dueByAgency.ContainsKey(t.Agency)).ToList())
        {
            var due = EndOfWorkingDay(command, dueByAgency[created.Agency]);
            if (due != created.DueAt)
            {
                created.DueAt = due;
                command.Record("task.due-set-by-panel", new JsonObject
                {
                    ["taskId"] = created.Id.ToString(), ["task"] = created.TaskKey, ["agency"] = created.Agency, ["dueAt"] = due,
                    ["dueOn"] = dueByAgency[created.Agency].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["sittingId"] = minutes["sittingId"]?.DeepClone(),
                });
            }

            Handovers.Offer(command, created, chairAgency, chairRole, "An action agreed at the MACE panel.");
        }
    }

    // The end of the working day on the date (or the next working day, if the date is not one), on the workflow's calendar.
    private DateTimeOffset EndOfWorkingDay(CaseCommand command, DateOnly date)
    {
        var calendar = command.Workflow.Definition.Calendar;
        var offset = _clock.ToLocal(command.Now, calendar) - command.Now.UtcDateTime;
        var midday = new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), offset);
        return _clock.ComputeDue(new Definitions.DueSpec { WorkingDays = 0 }, calendar, new Calendars.DueAnchors(midday, midday, midday));
    }

    /// <summary>Journals a panel entry on a case (e.g. a correction to confirmed minutes); closed cases too.</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a panel entry (<c>panel.*</c>).</exception>
    public Task<CommandResult<CaseState>> RecordPanelEntryAsync(Guid caseId, string kind, JsonObject data, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (kind is null || !kind.StartsWith(PanelKindPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{kind}' is not a panel journal entry; its kind must start with '{PanelKindPrefix}'.", nameof(kind));
        }

        return ExecuteAsync(caseId, null, null, actor, (command, _) =>
        {
            command.Record(kind, (JsonObject)data.DeepClone());
            return Done(command, null);
        }, cancellationToken, null, onClosedCase: true);
    }
}
