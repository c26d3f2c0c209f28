using System.Text.Json.Nodes;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>Completes a task with an outcome and its form data.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="TaskId">The task.</param>
/// <param name="Outcome">The chosen outcome's key.</param>
/// <param name="Data">The form's answers.</param>
/// <param name="Actor">Who completes it.</param>
/// <param name="ExpectedTaskVersion">The task's version the person saw; a different one is a conflict (409).</param>
public sealed record CompleteTaskCommand(Guid CaseId, Guid TaskId, string Outcome, JsonObject Data, string Actor, long? ExpectedTaskVersion = null)
{
    /// <summary>Who may complete it, decided on the snapshot the command changes; null lets everyone through.</summary>
    public CaseAccessCheck? Access { get; init; }

    /// <summary>The eligibility warnings on chosen items that the person saw and acknowledged.</summary>
    public IReadOnlyList<string> Acknowledged { get; init; } = [];
}

/// <summary>
/// Completes a task, then moves the case on as the workflow says: the form checked (every error at
/// once), the hand-over and sign-off rules, the task's lifecycle (in the aggregate), the outcome's
/// guard, the agency and referrer told, and the stage navigator run, all in one save.
/// </summary>
public sealed class CompleteTaskHandler : ICaseCommandHandler<CompleteTaskCommand, CaseState>
{
    private readonly CaseCommandRunner _runner;
    private readonly FormDataValidator _forms;

    internal CompleteTaskHandler(CaseCommandRunner runner)
    {
        _runner = runner;
        _forms = new FormDataValidator(runner.Reference);
    }

    /// <inheritdoc />
    public Task<CommandResult<CaseState>> HandleAsync(CompleteTaskCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return _runner.RunAsync("CompleteTask", command.CaseId, command.TaskId, command.Actor, command.Access,
            (@case, task) => CompleteAsync(@case, task!, command, cancellationToken), cancellationToken, command.ExpectedTaskVersion);
    }

    // The completion itself, shared with commands that record more in the same change (the panel's minutes).
    internal async Task<CommandResult<CaseState>> CompleteAsync(Case @case, CaseTask task, CompleteTaskCommand command, CancellationToken cancellationToken)
    {
        var definition = @case.Workflow.Tasks[task.TaskKey];
        if (CompletionRefusal(definition, task, command.Outcome) is { } notYet)
        {
            return notYet;
        }

        var errors = _forms.Validate(definition, command.Outcome, command.Data);
        var unmet = errors.Count > 0 ? [] : ChoiceEligibility.Unmet(definition, command.Data, _runner.Reference, @case.State.Child.DateOfBirth, @case.State.Facts, _runner.Today(@case));
        errors = [.. errors, .. ChoiceEligibility.Errors(unmet, [.. command.Acknowledged])];
        if (errors.Count > 0)
        {
            return CommandResult<CaseState>.Failure(CommandStatus.Invalid, errors);
        }

        if (@case.Complete(task, definition, command.Outcome, command.Data, command.Actor) is { } refused)
        {
            return refused;
        }

        if (await CheckOutcomeGuardAsync(@case, task, definition, command.Outcome, cancellationToken) is { } unmetGuard)
        {
            return CommandResult<CaseState>.Failure(CommandStatus.Invalid, unmetGuard);
        }

        @case.RecordCompletion(task, command.Data);
        foreach (var warning in unmet)
        {
            @case.Record("task.warning-acknowledged", WarningData(task, warning));
        }

        TellAgency(@case, definition, task);
        if (definition.TellReferrer)
        {
            ReferrerFeedback.Decision(@case, task, definition.Outcomes.FirstOrDefault(o => o.Key == task.Outcome)?.Label ?? task.Outcome ?? string.Empty);
        }

        return CaseCommandRunner.Moved(await _runner.Navigator.AdvanceAsync(@case, task, cancellationToken), @case);
    }

    // A task still awaiting acceptance belongs to nobody yet, and an outcome needing joint sign-off waits for every agency it names.
    private CommandResult<CaseState>? CompletionRefusal(TaskDefinition definition, CaseTask task, string? outcome)
    {
        if (task.AwaitsAcceptance)
        {
            var to = _runner.AgencyName(task.Agency);
            return CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "handover.not-accepted", "$.taskId",
                $"Task '{task.Title}' was passed to {to} and is awaiting acceptance: someone of {to} must accept it before it can be completed.");
        }

        var missing = SignOffs.Missing(definition, outcome, task);
        if (missing.Count == 0)
        {
            return null;
        }

        var chosen = definition.Outcomes.First(o => o.Key == outcome);
        var needed = string.Join(" and ", chosen.SignOff.Select(_runner.AgencyName));
        return CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "sign-off.missing", "$.outcome",
            $"'{chosen.Label}' needs sign-off by {needed}. Still to sign off: {string.Join(", ", missing.Select(_runner.AgencyName))}.");
    }

    // The journal keeps the warning as the person saw it, so a later change to the taxonomy does not rewrite history.
    private static JsonObject WarningData(CaseTask task, UnmetCondition warning) => new()
    {
        ["taskId"] = task.Id.ToString(), ["task"] = task.TaskKey,
        ["field"] = warning.Field, ["item"] = warning.Item.Key, ["itemName"] = warning.Item.Name, ["condition"] = ChoiceEligibility.Describe(warning),
    };

    // An outcome's guard reads the case's facts with this task's answers merged in; a refusal leaves nothing saved.
    private async Task<IReadOnlyList<ValidationError>?> CheckOutcomeGuardAsync(Case @case, CaseTask task, TaskDefinition definition, string outcome, CancellationToken cancellationToken)
    {
        if (definition.Outcomes.FirstOrDefault(o => o.Key == outcome)?.Guard is not { } ruleSet)
        {
            return null;
        }

        var guard = await _runner.Rules.CheckGuardAsync(ruleSet, new RuleInputs(@case.State.Facts, task.TaskKey, @case.State.StageKey), @case.Versions, cancellationToken);
        if (guard.Passed)
        {
            @case.Record("rule.decided", RuleJournal.Guard(guard, @case.State.StageKey, $"{task.TaskKey}:{outcome}"));
            return null;
        }

        return [.. guard.Rules.Where(r => !r.Succeeded).Select(r => new ValidationError("guard.unmet", "$.outcome", r.Message ?? $"Rule '{r.Rule}' of '{guard.RuleSet}' is not met."))];
    }

    /// <summary>
    /// Tells the agency the task names (e.g. the one that submitted intelligence) the outcome, and
    /// journals what was shared with whom, as information sharing must be recorded.
    /// </summary>
    private void TellAgency(Case @case, TaskDefinition definition, CaseTask task)
    {
        if (definition.TellAgencyIn is not { } field || task.Data?[field] is not JsonValue named || !named.TryGetValue<string>(out var agency)
            || !_runner.Reference.AgenciesByKey.ContainsKey(agency))
        {
            return;
        }

        var label = definition.Outcomes.FirstOrDefault(o => o.Key == task.Outcome)?.Label ?? task.Outcome ?? string.Empty;
        var (subject, body) = @case.Notices.OutcomeShared(@case.State, task, label);
        @case.Notify("task.outcome-shared", new Notifications.NotificationRecipient(agency, null), subject, body, task.Id);
        @case.Record("outcome.shared", new JsonObject
        {
            ["taskId"] = task.Id.ToString(), ["task"] = task.TaskKey, ["agency"] = agency, ["outcome"] = task.Outcome,
            ["purpose"] = "The agency that gave the information is told what was done with it.",
        });
    }
}
