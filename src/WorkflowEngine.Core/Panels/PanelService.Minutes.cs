using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Panels;

/// <content>Confirming the minutes (which locks them and completes each case's panel task) and correcting them afterwards.</content>
public sealed partial class PanelService
{
    private const string MinutesConfirmed = "panel.minutes-confirmed";
    private const string MinutesCorrected = "panel.minutes-corrected";

    /// <summary>
    /// The chair confirms the minutes after the sitting: each case's panel task is completed with the
    /// risk level agreed and one action agency per action (the workflow then creates each agency's
    /// disruption task), the minutes for the case journalled with it, and the sitting locked. If a case
    /// fails part-way, nothing is locked and confirming again carries on from the cases not yet done.
    /// </summary>
    public async Task<CommandResult<PanelSitting>> ConfirmMinutesAsync(DateOnly date, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (await GetAsync(date, cancellationToken) is not { } sitting)
        {
            return NoSitting(date);
        }

        if (sitting.IsLocked)
        {
            return Locked();
        }

        var now = _time.GetUtcNow();
        if (now < Schedule.StartOn(date))
        {
            return CommandResult<PanelSitting>.Failure(CommandStatus.NotAllowed, "minutes.before-sitting", "$.date",
                "The panel has not sat yet: the minutes can be confirmed once the sitting has started.");
        }

        var errors = new List<ValidationError>();
        if (sitting.Agenda.Count == 0)
        {
            errors.Add(new("minutes.empty-agenda", "$.agenda", "There are no cases on the agenda, so there are no minutes to confirm."));
        }

        if (!sitting.Attendance.Exists(a => !a.Apologies))
        {
            errors.Add(new("minutes.no-attendance", "$.attendance", "Record who attended before confirming the minutes."));
        }

        for (var i = 0; i < sitting.Agenda.Count; i++)
        {
            if (sitting.Agenda[i].AgreedRisk is null)
            {
                errors.Add(new("minutes.risk-required", $"$.agenda[{i}].riskLevel", $"Record the risk level the panel agreed for {sitting.Agenda[i].ChildName}."));
            }
        }

        if (errors.Count > 0)
        {
            return CommandResult<PanelSitting>.Failure(CommandStatus.Invalid, errors);
        }

        // Every case must be ready before any is changed, so a sitting is not left half-applied by a case that never could be.
        var pending = new List<(AgendaItem Item, Guid TaskId)>();
        for (var i = 0; i < sitting.Agenda.Count; i++)
        {
            var item = sitting.Agenda[i];
            var state = await _cases.GetAsync(item.CaseId, cancellationToken);
            var task = state?.Tasks.Find(t => t.TaskKey == Binding.DiscussionTaskKey && t.IsActive);
            if (task is not null)
            {
                pending.Add((item, task.Id));
            }
            else if (!await AlreadyAppliedAsync(item.CaseId, sitting.Id, cancellationToken))
            {
                errors.Add(new("minutes.case-not-at-panel", $"$.agenda[{i}]",
                    $"{item.ChildName}'s case has no open panel discussion task (it is at stage '{state?.StageKey}'), so the minutes cannot complete it."));
            }
        }

        if (errors.Count > 0)
        {
            return CommandResult<PanelSitting>.Failure(CommandStatus.NotAllowed, errors);
        }

        foreach (var (item, taskId) in pending)
        {
            var agencies = item.Actions.Select(a => a.Agency).Distinct(StringComparer.Ordinal).ToList();
            var data = new JsonObject { [Binding.RiskField] = item.AgreedRisk };
            if (agencies.Count > 0)
            {
                data[Binding.AgenciesField] = Strings(agencies);
            }

            var outcome = agencies.Count > 0 ? Binding.PlanOutcome : Binding.NoActionOutcome;
            var done = await _cases.CompleteWithMinutesAsync(new CompleteTaskCommand(item.CaseId, taskId, outcome, data, actor), Minutes(sitting, item), cancellationToken);
            if (!done.Succeeded)
            {
                return CommandResult<PanelSitting>.Failure(done.Status, done.Errors);
            }
        }

        sitting.Status = SittingStatus.Confirmed;
        sitting.ConfirmedAt = now;
        sitting.ConfirmedBy = actor;
        return Saved(sitting, await _store.SaveAsync(sitting, cancellationToken));
    }

    /// <summary>
    /// Records a correction to confirmed minutes: a new entry shown beside them, journalled on the
    /// case it corrects (or on every case on the agenda when it corrects the sitting as a whole).
    /// </summary>
    public async Task<CommandResult<PanelSitting>> CorrectMinutesAsync(DateOnly date, Guid? caseId, string text, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (await GetAsync(date, cancellationToken) is not { } sitting)
        {
            return NoSitting(date);
        }

        if (!sitting.IsLocked)
        {
            return CommandResult<PanelSitting>.Failure(CommandStatus.NotAllowed, "minutes.not-confirmed", "$",
                "These minutes are not confirmed yet: change them directly rather than recording a correction.");
        }

        if (caseId is { } id && Item(sitting, id) is null)
        {
            return (await NotOnAgenda())!;
        }

        if (Required(text, TextLimit, "$.text", "Say what the correction is.").ToList() is { Count: > 0 } errors)
        {
            return CommandResult<PanelSitting>.Failure(CommandStatus.Invalid, errors);
        }

        var correction = new MinutesCorrection(Guid.NewGuid(), caseId, text.Trim(), actor, _time.GetUtcNow());
        sitting.Corrections.Add(correction);
        var saved = Saved(sitting, await _store.SaveAsync(sitting, cancellationToken));
        if (!saved.Succeeded)
        {
            return saved;
        }

        foreach (var affected in caseId is { } one ? [one] : sitting.Agenda.Select(i => i.CaseId).ToList())
        {
            var entry = new JsonObject
            {
                ["sittingId"] = sitting.Id.ToString(),
                ["panel"] = sitting.PanelKey,
                ["date"] = sitting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["correctionId"] = correction.Id.ToString(),
                ["text"] = correction.Text,
            };
            var journalled = await _cases.RecordPanelEntryAsync(affected, MinutesCorrected, entry, actor, cancellationToken);
            if (!journalled.Succeeded)
            {
                return CommandResult<PanelSitting>.Failure(journalled.Status, journalled.Errors);
            }
        }

        return saved;
    }

    private async Task<bool> AlreadyAppliedAsync(Guid caseId, Guid sittingId, CancellationToken cancellationToken)
    {
        var journal = await _cases.ReadJournalAsync(caseId, cancellationToken);
        return journal.Any(e => e.Kind == MinutesConfirmed && e.Data["sittingId"]?.ToString() == sittingId.ToString());
    }

    private static JsonObject Minutes(PanelSitting sitting, AgendaItem item) => new()
    {
        ["sittingId"] = sitting.Id.ToString(),
        ["panel"] = sitting.PanelKey,
        ["date"] = sitting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["riskLevel"] = item.AgreedRisk,
        ["agreedBy"] = item.AgreedBy,
        ["agreedAt"] = item.AgreedAt,
        ["notes"] = item.Notes,
        ["present"] = Strings(sitting.Attendance.Where(a => !a.Apologies).Select(a => $"{a.Name} ({a.Agency})")),
        ["apologies"] = Strings(sitting.Attendance.Where(a => a.Apologies).Select(a => $"{a.Name} ({a.Agency})")),
        ["actions"] = new JsonArray([.. item.Actions.Select(a => (JsonNode?)new JsonObject
        {
            ["actionId"] = a.Id.ToString(),
            ["agency"] = a.Agency,
            ["text"] = a.Text,
            ["dueOn"] = a.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        })]),
    };
}
