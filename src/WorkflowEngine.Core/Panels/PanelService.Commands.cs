using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Panels;

/// <content>What the coordinator and the chair record on a sitting before its minutes are confirmed.</content>
public sealed partial class PanelService
{
    /// <summary>The longest name an attendance entry takes.</summary>
    public const int NameLimit = 200;

    /// <summary>The longest action text or correction.</summary>
    public const int TextLimit = 2_000;

    /// <summary>The longest discussion notes.</summary>
    public const int NotesLimit = 10_000;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Puts a case on the agenda of the sitting on a date.</summary>
    public Task<CommandResult<PanelSitting>> AddToAgendaAsync(DateOnly date, Guid caseId, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(date, actor, async sitting =>
        {
            if (sitting.Agenda.Exists(i => i.CaseId == caseId))
            {
                return Invalid("agenda.duplicate", "$.caseId", "This case is already on the agenda of this sitting.");
            }

            var state = await _cases.GetAsync(caseId, cancellationToken);
            if (state is null)
            {
                return CommandResult<PanelSitting>.Failure(CommandStatus.NotFound, "case.not-found", "$.caseId", "There is no such case.");
            }

            if (await AgendaProblemAsync(state, date, cancellationToken) is { } problem)
            {
                return Invalid("agenda.not-eligible", "$.caseId", problem);
            }

            sitting.Agenda.Add(new AgendaItem
            {
                Id = Guid.NewGuid(),
                CaseId = caseId,
                ChildName = state.Child.Name,
                ScreeningRisk = state.Facts[Binding.RiskField]?.ToString(),
                AddedBy = actor,
                AddedAt = _time.GetUtcNow(),
            });
            return null;
        }, cancellationToken);

    /// <summary>Records someone present at the sitting for an agency, or their apologies.</summary>
    public Task<CommandResult<PanelSitting>> RecordAttendanceAsync(DateOnly date, string agency, string name, bool apologies, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(date, actor, sitting =>
        {
            var errors = new List<ValidationError>();
            if (string.IsNullOrWhiteSpace(agency) || !_reference.AgenciesByKey.ContainsKey(agency))
            {
                errors.Add(new("attendance.unknown-agency", "$.agency", string.IsNullOrWhiteSpace(agency)
                    ? "Choose the agency they attended for."
                    : $"'{agency}' is not an agency of the partnership."));
            }

            errors.AddRange(Required(name, NameLimit, "$.name", "Give the name and role of the person attending or sending apologies."));
            if (errors.Count > 0)
            {
                return Task.FromResult<CommandResult<PanelSitting>?>(CommandResult<PanelSitting>.Failure(CommandStatus.Invalid, errors));
            }

            sitting.Attendance.Add(new Attendee(Guid.NewGuid(), agency, name.Trim(), apologies));
            return Task.FromResult<CommandResult<PanelSitting>?>(null);
        }, cancellationToken);

    /// <summary>Records the discussion of a case: the notes and the risk level the panel agreed.</summary>
    public Task<CommandResult<PanelSitting>> RecordDiscussionAsync(DateOnly date, Guid caseId, string? notes, string riskLevel, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(date, actor, sitting =>
        {
            if (Item(sitting, caseId) is not { } item)
            {
                return NotOnAgenda();
            }

            var errors = new List<ValidationError>();
            if (string.IsNullOrWhiteSpace(riskLevel) || RiskLevels.All(r => r.Key != riskLevel))
            {
                errors.Add(new("discussion.unknown-risk", "$.riskLevel", $"Choose the risk level the panel agreed ({string.Join(", ", RiskLevels.Select(r => r.Name))})."));
            }

            if (notes is not null && notes.Length > NotesLimit)
            {
                errors.Add(new(TextLimits.TooLongCode, "$.notes", $"The discussion notes are too long: at most {NotesLimit} characters."));
            }

            if (errors.Count > 0)
            {
                return Task.FromResult<CommandResult<PanelSitting>?>(CommandResult<PanelSitting>.Failure(CommandStatus.Invalid, errors));
            }

            item.Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
            if (item.AgreedRisk != riskLevel)
            {
                item.AgreedRisk = riskLevel;
                item.AgreedBy = actor;
                item.AgreedAt = _time.GetUtcNow();
            }

            return Task.FromResult<CommandResult<PanelSitting>?>(null);
        }, cancellationToken);

    /// <summary>Adds an action for a case: what is to be done, by which agency, by when.</summary>
    public Task<CommandResult<PanelSitting>> AddActionAsync(DateOnly date, Guid caseId, string agency, string text, DateOnly? dueOn, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(date, actor, sitting =>
        {
            if (Item(sitting, caseId) is not { } item)
            {
                return NotOnAgenda();
            }

            var errors = new List<ValidationError>();
            if (string.IsNullOrWhiteSpace(agency) || ActionAgencies.All(a => a.Key != agency))
            {
                errors.Add(new("action.unknown-agency", "$.agency", string.IsNullOrWhiteSpace(agency)
                    ? "Choose the agency that owns the action."
                    : $"'{agency}' is not an agency that can own a disruption action."));
            }

            errors.AddRange(Required(text, TextLimit, "$.text", "Say what is to be done."));
            var today = Schedule.Calendar.LocalDate(_time.GetUtcNow());
            if (dueOn is null)
            {
                errors.Add(new("action.due-required", "$.dueOn", "Give the date the action is due by."));
            }
            else if (dueOn < today)
            {
                errors.Add(new("action.due-in-past", "$.dueOn", "The due date is in the past: give today's date or a later one."));
            }

            if (errors.Count > 0)
            {
                return Task.FromResult<CommandResult<PanelSitting>?>(CommandResult<PanelSitting>.Failure(CommandStatus.Invalid, errors));
            }

            item.Actions.Add(new PanelAction(Guid.NewGuid(), agency, text.Trim(), dueOn!.Value, actor, _time.GetUtcNow()));
            return Task.FromResult<CommandResult<PanelSitting>?>(null);
        }, cancellationToken);

    // Loads (or starts) the sitting, refuses a change to locked minutes, applies the change and saves it whole.
    private async Task<CommandResult<PanelSitting>> ChangeAsync(DateOnly date, string actor, Func<PanelSitting, Task<CommandResult<PanelSitting>?>> change, CancellationToken cancellationToken)
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

        if (await change(sitting) is { } refused)
        {
            return refused;
        }

        return Saved(sitting, await _store.SaveAsync(sitting, cancellationToken));
    }

    /// <summary>Why a case cannot go on the agenda of the sitting on a date, or null when it can.</summary>
    private async Task<string?> AgendaProblemAsync(CaseState state, DateOnly date, CancellationToken cancellationToken)
    {
        if (state.WorkflowKey != Binding.WorkflowKey || !Binding.AgendaStages.Contains(state.StageKey) || state.Status != Cases.CaseStatus.Open)
        {
            return $"{state.Child.Name}'s case has not been referred to the panel: it is at stage '{state.StageKey}'.";
        }

        var added = state.Tasks.Where(t => t.TaskKey == Binding.AgendaTaskKey && t.ClosedAt is not null).Select(t => t.ClosedAt!.Value).DefaultIfEmpty().Max();
        var closes = Schedule.AgendaDeadlineFor(date);
        if (added > closes)
        {
            return $"{state.Child.Name}'s case was referred after this sitting's agenda closed ({DateWords(closes)}); put it on the next sitting.";
        }

        // A case waits for one sitting at a time: the one whose minutes will complete its panel task.
        var elsewhere = (await _store.ForCaseAsync(state.Id, cancellationToken)).FirstOrDefault(s => !s.IsLocked && s.Date != date);
        return elsewhere is null ? null : $"{state.Child.Name}'s case is already on the agenda of the sitting on {elsewhere.Date.ToString("d MMMM yyyy", English)}.";
    }

    private string DateWords(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Schedule.Calendar.TimeZone).ToString("d MMMM yyyy 'at' HH:mm", English);

    private static AgendaItem? Item(PanelSitting sitting, Guid caseId) => sitting.Agenda.Find(i => i.CaseId == caseId);

    private static IEnumerable<ValidationError> Required(string? text, int limit, string path, string missing)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield return new ValidationError("text.required", path, missing);
        }
        else if (text.Length > limit)
        {
            yield return new ValidationError(TextLimits.TooLongCode, path, $"This is too long: at most {limit} characters.");
        }
    }

    private static CommandResult<PanelSitting> Invalid(string code, string path, string message) =>
        CommandResult<PanelSitting>.Failure(CommandStatus.Invalid, code, path, message);

    private static Task<CommandResult<PanelSitting>?> NotOnAgenda() => Task.FromResult<CommandResult<PanelSitting>?>(
        CommandResult<PanelSitting>.Failure(CommandStatus.NotFound, "agenda.not-on-agenda", "$.caseId", "This case is not on the agenda of this sitting."));

    private static CommandResult<PanelSitting> Locked() => CommandResult<PanelSitting>.Failure(CommandStatus.NotAllowed, "minutes.locked", "$",
        "The chair has confirmed these minutes, so they are locked. Record a correction instead.");

    private CommandResult<PanelSitting> NoSitting(DateOnly date) => CommandResult<PanelSitting>.Failure(CommandStatus.NotFound, "sitting.not-found", "$.date",
        $"The {Schedule.Name} does not sit on {date:d MMMM yyyy}.");

    private static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(v => (JsonNode?)JsonValue.Create(v))];
}
