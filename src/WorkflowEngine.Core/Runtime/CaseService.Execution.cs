using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Operations;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Runtime;

/// <content>How every command runs: load, change in memory, save in one transaction, retry on a conflict that did not touch the command's task.</content>
public sealed partial class CaseService
{
    private Task<CommandResult<CaseState>> ExecuteAsync(Guid caseId, Guid? taskId, long? expectedTaskVersion, string actor,
        Func<CaseCommand, Task<CommandResult<CaseState>>> body, CancellationToken cancellationToken, CaseAccessCheck? access = null,
        [CallerMemberName] string commandName = "") =>
        ExecuteAsync(caseId, taskId, expectedTaskVersion, actor, (command, _) => body(command), cancellationToken, access, commandName: commandName);

    private async Task<CommandResult<CaseState>> ExecuteAsync(Guid caseId, Guid? taskId, long? expectedTaskVersion, string actor,
        Func<CaseCommand, CaseTask?, Task<CommandResult<CaseState>>> body, CancellationToken cancellationToken, CaseAccessCheck? access = null, bool onClosedCase = false,
        [CallerMemberName] string commandName = "")
    {
        using var activity = StartCommand(commandName, caseId);
        var result = await RunCommandAsync(caseId, taskId, expectedTaskVersion, actor, body, access, onClosedCase, commandName, cancellationToken);
        activity?.SetTag("workflow.outcome", result.Status.ToString());
        return result;
    }

    private async Task<CommandResult<CaseState>> RunCommandAsync(Guid caseId, Guid? taskId, long? expectedTaskVersion, string actor,
        Func<CaseCommand, CaseTask?, Task<CommandResult<CaseState>>> body, CaseAccessCheck? access, bool onClosedCase, string commandName, CancellationToken cancellationToken)
    {
        var taskVersion = expectedTaskVersion;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var state = await _store.LoadAsync(caseId, cancellationToken);
            if (state is null)
            {
                return CommandResult<CaseState>.Failure(CommandStatus.NotFound, "case.not-found", "$.caseId", "There is no such case.");
            }

            CaseTask? task = null;
            if (taskId is { } id)
            {
                task = state.Tasks.Find(t => t.Id == id);
                if (task is null)
                {
                    return CommandResult<CaseState>.Failure(CommandStatus.NotFound, "task.not-found", "$.taskId", "This case has no such task.");
                }
            }

            // Need-to-know is decided on the same copy of the case the command changes.
            if (access?.Invoke(state, task) is { } refusal)
            {
                return CommandResult<CaseState>.Failure(CommandStatus.Forbidden, "access.refused", "$", refusal);
            }

            if (task is not null)
            {
                // A retry may only go ahead if nobody else changed this task meanwhile.
                taskVersion ??= task.Version;
                if (task.Version != taskVersion)
                {
                    return Conflict();
                }
            }

            if (state.Status == CaseStatus.Closed && !onClosedCase)
            {
                return CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "case.closed", "$.caseId", "This case is closed; nothing more can be done on it.");
            }

            var workflow = await _workflows.GetAsync(state.WorkflowKey, state.WorkflowVersion, cancellationToken)
                ?? throw new WorkflowFaultException($"Case {state.Id} runs workflow '{state.WorkflowKey}' version {state.WorkflowVersion}, which is not stored.");
            var command = new CaseCommand(state, workflow, _time.GetUtcNow(), actor, isNew: false);
            var result = await RuleInputFaults.CatchAsync(() => body(command, task));
            if (!result.Succeeded)
            {
                return result;
            }

            if (await SaveAsync([.. command.ToChangeSets(_timers, _measures)], commandName, cancellationToken) == SaveOutcome.Saved)
            {
                return result;
            }
        }

        return Conflict();
    }

    // One span per command, named after the CaseService method (CompleteTask, Fire...), so a trace
    // shows the request, the command and the database statements under it.
    private static Activity? StartCommand(string commandName, Guid? caseId)
    {
        var activity = EngineTelemetry.Source.StartActivity(CommandName(commandName));
        activity?.SetTag("workflow.case_id", caseId?.ToString());
        return activity;
    }

    private static string CommandName(string method) => method.EndsWith("Async", StringComparison.Ordinal) ? method[..^"Async".Length] : method;

    // Every save of a command goes through here, so the counters count saved commands only.
    private async Task<SaveOutcome> SaveAsync(IReadOnlyList<CaseChangeSet> changes, string commandName, CancellationToken cancellationToken)
    {
        var outcome = await _store.SaveAsync(changes, cancellationToken);
        if (outcome == SaveOutcome.Saved)
        {
            EngineTelemetry.Saved(CommandName(commandName), changes.Sum(c => c.AddedEscalations.Count));
        }

        return outcome;
    }

    private static CommandResult<CaseState> Conflict() => CommandResult<CaseState>.Failure(CommandStatus.Conflict, "case.conflict", "$",
        "Someone else changed this case at the same moment, so your change was not saved. Reload the case to see the latest and try again.");

    private static CommandResult<CaseState>? Fire(CaseCommand command, CaseTask task, TaskTrigger trigger)
    {
        command.Touch(task);
        var refused = TaskLifecycle.TryFire(task, trigger);
        return refused is null ? null : CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "task.not-allowed", "$.taskId", refused);
    }

    private static Task<CommandResult<CaseState>> Done(CaseCommand command, CommandResult<CaseState>? failure) =>
        Task.FromResult(failure ?? CommandResult<CaseState>.Success(command.Case));

    private static CommandResult<CaseState> Moved(IReadOnlyList<ValidationError>? refused, CaseCommand command) =>
        refused is null ? CommandResult<CaseState>.Success(command.Case) : CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, refused);

    private static JsonObject TaskData(CaseTask task) => new() { ["taskId"] = task.Id.ToString(), ["task"] = task.TaskKey };

    private static JsonNode? JsonSerializerNode<T>(T value) => JsonSerializer.SerializeToNode(value, EngineJson.Options);

    private List<ValidationError> ValidateContact(OpenCaseCommand command)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(command.Child.Name))
        {
            errors.Add(new("case.child-name-required", "$.child.name", "Enter the child's name."));
        }

        if (DateLimits.CheckDateOfBirth(command.Child.DateOfBirth, _time.GetUtcNow(), "$.child.dateOfBirth") is { } dob) errors.Add(dob);
        if (DateLimits.CheckReceivedAt(command.Contact.ReceivedAt, _time.GetUtcNow(), "$.contact.receivedAt") is { } received) errors.Add(received);

        if (string.IsNullOrWhiteSpace(command.Contact.Referrer))
        {
            errors.Add(new("case.referrer-required", "$.contact.referrer", "Enter who raised the concern."));
        }

        if (!_reference.AgenciesByKey.ContainsKey(command.Contact.ReferrerAgency ?? string.Empty))
        {
            errors.Add(new("case.unknown-agency", "$.contact.referrerAgency", $"'{command.Contact.ReferrerAgency}' is not an agency of the partnership. Choose the referrer's agency from the list."));
        }

        if (string.IsNullOrWhiteSpace(command.Contact.Concern))
        {
            errors.Add(new("case.concern-required", "$.contact.concern", "Describe the concern: what was seen or heard."));
        }

        errors.AddRange(CaseFacts.Validate(command.Facts, _reference));
        errors.AddRange(InputLimits.Contact(command));
        return errors;
    }

    /// <summary>
    /// Tells the agency the task names (e.g. the one that submitted intelligence) the outcome, and
    /// journals what was shared with whom, as information sharing must be recorded.
    /// </summary>
    private void TellAgency(CaseCommand command, Definitions.TaskDefinition definition, CaseTask task)
    {
        if (definition.TellAgencyIn is not { } field || task.Data?[field] is not JsonValue named || !named.TryGetValue<string>(out var agency)
            || !_reference.AgenciesByKey.ContainsKey(agency))
        {
            return;
        }

        var label = definition.Outcomes.FirstOrDefault(o => o.Key == task.Outcome)?.Label ?? task.Outcome ?? string.Empty;
        var (subject, body) = NoticesFor(command).OutcomeShared(command.Case, task, label);
        command.Notify("task.outcome-shared", new Notifications.NotificationRecipient(agency, null), subject, body, task.Id);
        command.Record("outcome.shared", new JsonObject
        {
            ["taskId"] = task.Id.ToString(), ["task"] = task.TaskKey, ["agency"] = agency, ["outcome"] = task.Outcome,
            ["purpose"] = "The agency that gave the information is told what was done with it.",
        });
    }

    /// <summary>Facts the contact itself gives, so rules can read them like any indicator.</summary>
    private void AddContactFacts(JsonObject facts, OpenCaseCommand command, DateTimeOffset now)
    {
        void Set(string key, JsonNode? value)
        {
            if (_reference.FactsByKey.ContainsKey(key) && !facts.ContainsKey(key))
            {
                facts[key] = value;
            }
        }

        Set("urgent", command.Contact.Urgent);
        Set("referrerAgency", command.Contact.ReferrerAgency);
        if (command.Child.DateOfBirth is { } dob)
        {
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var age = today.Year - dob.Year - (today < dob.AddYears(today.Year - dob.Year) ? 1 : 0);
            Set("ageYears", age);
        }
    }
}
