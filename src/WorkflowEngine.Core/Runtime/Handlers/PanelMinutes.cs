using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>The panel chair's task completed from confirmed minutes (the minutes for this case, journalled with it).</summary>
/// <param name="Completion">The chair's task, its outcome and data.</param>
/// <param name="Minutes">The minutes for this case, as confirmed.</param>
public sealed record CompleteWithMinutesCommand(CompleteTaskCommand Completion, JsonObject Minutes);

/// <summary>
/// Runs <see cref="CompleteWithMinutesCommand"/>: the minutes are journalled and the task completed in
/// one change, so the workflow (not the panel) creates what follows. Each task the minutes created for
/// an agency with actions falls due at the end of the working day of the earliest date the panel gave
/// that agency and, unless it is the chair's own agency, awaits that agency's acceptance.
/// </summary>
public sealed class CompleteWithMinutesHandler : ICaseCommandHandler<CompleteWithMinutesCommand, CaseState>
{
    /// <summary>Every panel journal entry's kind starts with this.</summary>
    public const string PanelKindPrefix = "panel.";

    private readonly CaseCommandRunner _runner;
    private readonly CompleteTaskHandler _complete;

    internal CompleteWithMinutesHandler(CaseCommandRunner runner, CompleteTaskHandler complete)
    {
        _runner = runner;
        _complete = complete;
    }

    /// <inheritdoc />
    public Task<CommandResult<CaseState>> HandleAsync(CompleteWithMinutesCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var request = command.Completion;
        return _runner.RunAsync("CompleteWithMinutes", request.CaseId, request.TaskId, request.Actor, request.Access, async (@case, task) =>
        {
            @case.Record(PanelKindPrefix + "minutes-confirmed", (JsonObject)command.Minutes.DeepClone());
            var (chairAgency, chairRole) = (task!.Agency, task.Role);
            var done = await _complete.CompleteAsync(@case, task, request, cancellationToken);
            if (done.Succeeded)
            {
                ApplyPanelActions(@case, command.Minutes, chairAgency, chairRole);
            }

            return done;
        }, cancellationToken, request.ExpectedTaskVersion);
    }

    private void ApplyPanelActions(Case @case, JsonObject minutes, string chairAgency, string? chairRole)
    {
        var dueByAgency = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var action in (minutes["actions"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (action["agency"]?.GetValue<string>() is { } agency
                && DateOnly.TryParseExact(action["dueOn"]?.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dueOn)
                && (!dueByAgency.TryGetValue(agency, out var earlier) || dueOn < earlier))
            {
                dueByAgency[agency] = dueOn;
            }
        }

        foreach (var created in @case.AddedTasks.Where(t => t.IsActive && dueByAgency.ContainsKey(t.Agency)).ToList())
        {
            var due = EndOfWorkingDay(@case, dueByAgency[created.Agency]);
            if (due != created.DueAt)
            {
                @case.SetDue(created, due, "task.due-set-by-panel", new JsonObject
                {
                    ["taskId"] = created.Id.ToString(), ["task"] = created.TaskKey, ["agency"] = created.Agency, ["dueAt"] = due,
                    ["dueOn"] = dueByAgency[created.Agency].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["sittingId"] = minutes["sittingId"]?.DeepClone(),
                });
            }

            @case.OfferHandover(created, chairAgency, chairRole, "An action agreed at the MACE panel.");
        }
    }

    // The end of the working day on the date (or the next working day, if the date is not one), on the workflow's calendar.
    private DateTimeOffset EndOfWorkingDay(Case @case, DateOnly date)
    {
        var calendar = @case.Workflow.Definition.Calendar;
        var offset = _runner.Clock.ToLocal(@case.Now, calendar) - @case.Now.UtcDateTime;
        var midday = new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), offset);
        return _runner.Clock.ComputeDue(new DueSpec { WorkingDays = 0 }, calendar, new DueAnchors(midday, midday, midday));
    }
}
