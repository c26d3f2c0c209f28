using System.Text.Json.Nodes;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Children;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Runtime;

/// <summary>
/// The engine's entry point for running cases: open a case from a contact, work its tasks, move it
/// by hand, start linked tracks and close it. Each command loads the case, changes it in memory and
/// saves everything it changed in one transaction; expected failures come back as a
/// <see cref="CommandResult{T}"/>, never half-written.
/// </summary>
public sealed partial class CaseService : ITimerHandler
{
    private const int MaxAttempts = 3;

    private readonly ICaseStore _store;
    private readonly WorkflowCatalogue _workflows;
    private readonly ReferenceData _reference;
    private readonly TimeProvider _time;
    private readonly StageNavigator _navigator;
    private readonly FormDataValidator _forms;
    private readonly IRuleEvaluator _rules;
    private readonly TimerPlanner _timers;
    private readonly IDueTimeCalculator _clock;
    private readonly MeasureProjector _measures;
    private readonly IChildRegistry? _children;

    /// <summary>Creates the service.</summary>
    /// <param name="store">Where cases live.</param>
    /// <param name="workflows">The published workflows.</param>
    /// <param name="rules">Evaluates rule sets.</param>
    /// <param name="clock">Works out due times on the calendars.</param>
    /// <param name="reference">Agencies, lists and facts.</param>
    /// <param name="time">The only source of the current time.</param>
    /// <param name="timerOptions">How timers are planned; the defaults when null.</param>
    /// <param name="measureSources">Which tasks and fields feed the partnership's measures; the shipped workflows' when null.</param>
    /// <param name="children">The child records a contact is matched against; when null every contact is a new child.</param>
    public CaseService(ICaseStore store, WorkflowCatalogue workflows, IRuleEvaluator rules, IDueTimeCalculator clock, ReferenceData reference, TimeProvider time,
        TimerOptions? timerOptions = null, MeasureSources? measureSources = null, IChildRegistry? children = null)
    {
        _children = children;
        _measures = new MeasureProjector(clock, measureSources ?? new MeasureSources());
        _clock = clock;
        _timers = new TimerPlanner(clock, timerOptions ?? new TimerOptions(), reference);
        _store = store;
        _workflows = workflows;
        _reference = reference;
        _time = time;
        _rules = rules;
        _navigator = new StageNavigator(rules, clock, reference, workflows, store);
        _forms = new FormDataValidator(reference);
    }

    /// <summary>A case with its tasks, or null.</summary>
    public Task<CaseState?> GetAsync(Guid caseId, CancellationToken cancellationToken = default) => _store.LoadAsync(caseId, cancellationToken);

    /// <summary>The workflow definition version a case runs on.</summary>
    public Task<Definitions.WorkflowDefinition?> GetWorkflowDefinitionAsync(CaseState state, CancellationToken cancellationToken = default) =>
        _workflows.GetDefinitionAsync(state.WorkflowKey, state.WorkflowVersion, cancellationToken);

    /// <summary>The case's journal, oldest first.</summary>
    public Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        _store.ReadJournalAsync(caseId, cancellationToken);

    /// <summary>Checks the case's journal chain: any edited, deleted or reordered entry is found.</summary>
    public async Task<JournalVerification?> VerifyJournalAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var state = await _store.LoadAsync(caseId, cancellationToken);
        if (state is null)
        {
            return null;
        }

        var entries = await _store.ReadJournalAsync(caseId, cancellationToken);
        return JournalVerifier.Verify(entries, state.JournalSequence, state.JournalHead);
    }

    /// <summary>
    /// Every problem with a contact (child, referrer, concern, facts), without opening anything:
    /// for a form that found problems of its own and must show all of them at once.
    /// </summary>
    public IReadOnlyList<ValidationError> CheckContact(OpenCaseCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ValidateContact(command);
    }

    /// <summary>Opens a case from a contact on the latest published version of the workflow and runs it to its first tasks.</summary>
    public async Task<CommandResult<CaseState>> OpenCaseAsync(OpenCaseCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var activity = StartCommand(nameof(OpenCaseAsync), null);
        var result = await OpenCaseSavedAsync(command, cancellationToken);
        activity?.SetTag("workflow.outcome", result.Status.ToString());
        activity?.SetTag("workflow.case_id", result.Value?.Id.ToString());
        return result;
    }

    private async Task<CommandResult<CaseState>> OpenCaseSavedAsync(OpenCaseCommand command, CancellationToken cancellationToken)
    {
        var errors = ValidateContact(command);
        var versions = new PublishedVersionSnapshot();
        var workflow = await _workflows.GetLatestAsync(command.WorkflowKey, versions, cancellationToken);
        if (workflow is null)
        {
            // A workflow that exists but has no published version is the partnership's fault, not the sender's.
            if (await _workflows.IsKnownAsync(command.WorkflowKey, cancellationToken))
            {
                return RuleInputFaults.NotPublished("workflow", command.WorkflowKey, "$.workflow");
            }

            errors.Add(new("case.unknown-workflow", "$.workflow", $"There is no published workflow called '{command.WorkflowKey}'."));
        }

        if (errors.Count > 0)
        {
            return CommandResult<CaseState>.Failure(CommandStatus.Invalid, errors);
        }

        var now = _time.GetUtcNow();
        var facts = (JsonObject)command.Facts.DeepClone();
        AddContactFacts(facts, command, now);
        // Receipt defaults to now: a contact typed in as it arrives was received when it was recorded.
        var contact = command.Contact with { ReceivedAt = command.Contact.ReceivedAt ?? now, RecordedBy = command.Actor };
        var (childId, match, newChild) = await ResolveChildAsync(command, now, cancellationToken);
        var state = StageNavigator.NewCase(workflow!, childId, null, command.Child, contact, facts, now);
        var opening = new CaseCommand(state, workflow!, now, command.Actor, isNew: true, versions: versions);
        opening.Record("case.opened", new JsonObject
        {
            ["childRecord"] = ChildRecordEntry(childId, match),
            ["workflow"] = workflow!.Key,
            ["version"] = workflow.Version,
            ["child"] = JsonSerializerNode(command.Child),
            ["contact"] = JsonSerializerNode(contact),
            ["receivedAt"] = contact.ReceivedAt,
            ["recordedBy"] = command.Actor,
            ["recordedAt"] = now,
            ["facts"] = command.Facts.DeepClone(),
        });
        if (await RuleInputFaults.CatchAsync(() => _navigator.EnterStageAsync(opening, workflow.Definition.StartStage, "start", cancellationToken)) is { } unusable) return unusable;
        var changes = opening.ToChangeSets(_timers, _measures).ToList();
        changes[0].AddedChild = newChild;
        var saved = await SaveAsync(changes, nameof(OpenCaseAsync), cancellationToken);
        return saved == SaveOutcome.Saved
            ? CommandResult<CaseState>.Success(state)
            : Conflict();
    }

    /// <summary>A person takes a task of their agency.</summary>
    public Task<CommandResult<CaseState>> ClaimTaskAsync(Guid caseId, Guid taskId, string actor, CancellationToken cancellationToken = default) =>
        ClaimTaskAsync(caseId, taskId, actor, null, cancellationToken);

    /// <summary>As <see cref="ClaimTaskAsync(Guid, Guid, string, CancellationToken)"/>, refused unless <paramref name="access"/> lets the actor through.</summary>
    public Task<CommandResult<CaseState>> ClaimTaskAsync(Guid caseId, Guid taskId, string actor, CaseAccessCheck? access, CancellationToken cancellationToken = default) =>
        ExecuteAsync(caseId, taskId, null, actor, (command, task) =>
        {
            // A colleague's task taken over: the journal says from whom.
            var previous = task!.AssignedTo is { } holder && holder != actor ? holder : null;
            var refused = Fire(command, task, TaskTrigger.Claim);
            if (refused is not null)
            {
                return Done(command, refused);
            }

            task.AssignedTo = actor;
            var data = TaskData(task);
            if (previous is not null)
            {
                data["takenOverFrom"] = previous;
            }

            command.Record("task.claimed", data);
            return Done(command, null);
        }, cancellationToken, access);

    /// <summary>The person holding a task gives it back to the agency's queue.</summary>
    public Task<CommandResult<CaseState>> ReleaseTaskAsync(Guid caseId, Guid taskId, string actor, CancellationToken cancellationToken = default) =>
        ReleaseTaskAsync(caseId, taskId, actor, null, cancellationToken);

    /// <summary>As <see cref="ReleaseTaskAsync(Guid, Guid, string, CancellationToken)"/>, refused unless <paramref name="access"/> lets the actor through.</summary>
    public Task<CommandResult<CaseState>> ReleaseTaskAsync(Guid caseId, Guid taskId, string actor, CaseAccessCheck? access, CancellationToken cancellationToken = default) =>
        ExecuteAsync(caseId, taskId, null, actor, (command, task) =>
        {
            var refused = Fire(command, task!, TaskTrigger.Release);
            if (refused is not null)
            {
                return Done(command, refused);
            }

            task!.AssignedTo = null;
            command.Record("task.released", TaskData(task));
            return Done(command, null);
        }, cancellationToken, access);

    /// <summary>Completes a task with an outcome and its form data, then moves the case on as the workflow says.</summary>
    public Task<CommandResult<CaseState>> CompleteTaskAsync(CompleteTaskCommand request, CancellationToken cancellationToken = default) =>
        ExecuteAsync(request.CaseId, request.TaskId, request.ExpectedTaskVersion, request.Actor,
            (command, task) => CompleteAsync(command, task!, request, cancellationToken), cancellationToken, request.Access);

    // The completion itself, shared with commands that record more in the same change (the panel's minutes).
    private async Task<CommandResult<CaseState>> CompleteAsync(CaseCommand command, CaseTask task, CompleteTaskCommand request, CancellationToken cancellationToken)
    {
        var definition = command.Workflow.Tasks[task.TaskKey];
        if (CompletionRefusal(definition, task, request.Outcome) is { } notYet)
        {
            return notYet;
        }

        var errors = _forms.Validate(definition, request.Outcome, request.Data);
        var today = DateOnly.FromDateTime(_clock.ToLocal(command.Now, command.Workflow.Definition.Calendar));
        var unmet = errors.Count > 0 ? [] : ChoiceEligibility.Unmet(definition, request.Data, _reference, command.Case.Child.DateOfBirth, command.Case.Facts, today);
        errors = [.. errors, .. ChoiceEligibility.Errors(unmet, [.. request.Acknowledged])];
        if (errors.Count > 0)
        {
            return CommandResult<CaseState>.Failure(CommandStatus.Invalid, errors);
        }

        var refused = Fire(command, task, TaskTrigger.Complete);
        if (refused is not null)
        {
            return refused;
        }

        task.Outcome = request.Outcome;
        task.Data = (JsonObject)request.Data.DeepClone();
        task.AssignedTo ??= request.Actor;
        task.ClosedAt = command.Now;
        task.ClosedBy = request.Actor;
        ResolveLiveEscalations(command, task, "The task was completed.", request.Actor);
        CaseFacts.Merge(command.Case.Facts, definition, request.Data);
        if (await CheckOutcomeGuardAsync(command, task, definition, request.Outcome, cancellationToken) is { } unmetGuard)
        {
            return CommandResult<CaseState>.Failure(CommandStatus.Invalid, unmetGuard);
        }

        var data = TaskData(task);
        data["outcome"] = request.Outcome;
        data["data"] = request.Data.DeepClone();
        command.Record("task.completed", data);
        foreach (var warning in unmet)
        {
            command.Record("task.warning-acknowledged", WarningData(task, warning));
        }

        TellAgency(command, definition, task);
        if (definition.TellReferrer)
        {
            ReferrerFeedback.Decision(command, task, definition.Outcomes.FirstOrDefault(o => o.Key == task.Outcome)?.Label ?? task.Outcome ?? string.Empty, NoticesFor(command));
        }

        return Moved(await _navigator.AdvanceAsync(command, task, cancellationToken), command);
    }

    // A task still awaiting acceptance belongs to nobody yet, and an outcome needing joint sign-off waits for every agency it names.
    private CommandResult<CaseState>? CompletionRefusal(Definitions.TaskDefinition definition, CaseTask task, string? outcome)
    {
        if (task.AwaitsAcceptance)
        {
            var to = AgencyName(task.Agency);
            return CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "handover.not-accepted", "$.taskId",
                $"Task '{task.Title}' was passed to {to} and is awaiting acceptance: someone of {to} must accept it before it can be completed.");
        }

        var missing = SignOffs.Missing(definition, outcome, task);
        if (missing.Count == 0)
        {
            return null;
        }

        var label = definition.Outcomes.First(o => o.Key == outcome).Label;
        var needed = string.Join(" and ", definition.Outcomes.First(o => o.Key == outcome).SignOff.Select(AgencyName));
        return CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "sign-off.missing", "$.outcome",
            $"'{label}' needs sign-off by {needed}. Still to sign off: {string.Join(", ", missing.Select(AgencyName))}.");
    }

    private string AgencyName(string key) => _reference.AgenciesByKey.GetValueOrDefault(key)?.Name ?? key;

    // The journal keeps the warning as the person saw it, so a later change to the taxonomy does not rewrite history.
    private static JsonObject WarningData(CaseTask task, UnmetCondition warning)
    {
        var data = TaskData(task);
        data["field"] = warning.Field;
        data["item"] = warning.Item.Key;
        data["itemName"] = warning.Item.Name;
        data["condition"] = ChoiceEligibility.Describe(warning);
        return data;
    }

    // An outcome's guard reads the case's facts with this task's answers merged in; a refusal leaves nothing saved.
    private async Task<IReadOnlyList<ValidationError>?> CheckOutcomeGuardAsync(CaseCommand command, CaseTask task, Definitions.TaskDefinition definition, string outcome, CancellationToken cancellationToken)
    {
        if (definition.Outcomes.FirstOrDefault(o => o.Key == outcome)?.Guard is not { } ruleSet)
        {
            return null;
        }

        var guard = await _rules.CheckGuardAsync(ruleSet, new RuleInputs(command.Case.Facts, task.TaskKey, command.Case.StageKey), command.Versions, cancellationToken);
        if (guard.Passed)
        {
            command.Record("rule.decided", RuleJournal.Guard(guard, command.Case.StageKey, $"{task.TaskKey}:{outcome}"));
            return null;
        }

        return [.. guard.Rules.Where(r => !r.Succeeded).Select(r => new ValidationError("guard.unmet", "$.outcome", r.Message ?? $"Rule '{r.Rule}' of '{guard.RuleSet}' is not met."))];
    }
}
