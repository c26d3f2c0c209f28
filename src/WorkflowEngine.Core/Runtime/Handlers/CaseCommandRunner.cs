using System.Diagnostics;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Operations;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Runtime.Handlers;

/// <summary>
/// How every command on an existing case runs: load the case once, answer 404 for a missing case or
/// task, run the command's access check on that same snapshot (403), check the task's version (409)
/// and that the case is open, build the <see cref="Case"/> aggregate on the pinned workflow, let the
/// handler change it, and save everything it changed in one transaction. A conflict that did not
/// touch the command's task is retried on a fresh load.
/// </summary>
internal sealed class CaseCommandRunner(ICaseStore store, WorkflowCatalogue workflows, StageNavigator navigator, TimerPlanner timers,
    MeasureProjector measures, IRuleEvaluator rules, IDueTimeCalculator clock, ReferenceData reference, TimeProvider time)
{
    private const int MaxAttempts = 3;

    public ICaseStore Store => store;

    public WorkflowCatalogue Workflows => workflows;

    public StageNavigator Navigator => navigator;

    public IRuleEvaluator Rules => rules;

    public IDueTimeCalculator Clock => clock;

    public ReferenceData Reference => reference;

    /// <summary>A task's deadlines, as the timer planner arms the task's clock for them.</summary>
    public TaskClock TaskClock => timers.Tasks;

    public TimeProvider Time => time;

    /// <summary>The agency's name as people know it, or the key when it is not in the list.</summary>
    public string AgencyName(string key) => reference.AgenciesByKey.GetValueOrDefault(key)?.Name ?? key;

    /// <summary>Today's date on the workflow's calendar.</summary>
    public DateOnly Today(Case @case) => DateOnly.FromDateTime(clock.ToLocal(@case.Now, @case.Workflow.Definition.Calendar));

    /// <summary>Runs <paramref name="body"/> on the case (and, when <paramref name="taskId"/> is given, that task) and saves what it changed.</summary>
    public async Task<CommandResult<CaseState>> RunAsync(string commandName, Guid caseId, Guid? taskId, string actor, CaseAccessCheck? access,
        Func<Case, CaseTask?, Task<CommandResult<CaseState>>> body, CancellationToken cancellationToken, long? expectedTaskVersion = null, bool onClosedCase = false)
    {
        using var activity = StartCommand(commandName, caseId);
        var result = await AttemptAsync(commandName, caseId, taskId, actor, access, body, expectedTaskVersion, onClosedCase, cancellationToken);
        activity?.SetTag("workflow.outcome", result.Status.ToString());
        return result;
    }

    /// <summary>As the other overload, for a body that does not wait on anything (null: done).</summary>
    public Task<CommandResult<CaseState>> RunAsync(string commandName, Guid caseId, Guid? taskId, string actor, CaseAccessCheck? access,
        Func<Case, CaseTask?, CommandResult<CaseState>?> body, CancellationToken cancellationToken, bool onClosedCase = false) =>
        RunAsync(commandName, caseId, taskId, actor, access, (@case, task) => Task.FromResult(body(@case, task) ?? CommandResult<CaseState>.Success(@case.State)),
            cancellationToken, onClosedCase: onClosedCase);

    private async Task<CommandResult<CaseState>> AttemptAsync(string commandName, Guid caseId, Guid? taskId, string actor, CaseAccessCheck? access,
        Func<Case, CaseTask?, Task<CommandResult<CaseState>>> body, long? expectedTaskVersion, bool onClosedCase, CancellationToken cancellationToken)
    {
        var taskVersion = expectedTaskVersion;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var state = await store.LoadAsync(caseId, cancellationToken);
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

            var workflow = await workflows.GetAsync(state.WorkflowKey, state.WorkflowVersion, cancellationToken)
                ?? throw new WorkflowFaultException($"Case {state.Id} runs workflow '{state.WorkflowKey}' version {state.WorkflowVersion}, which is not stored.");
            var @case = new Case(state, workflow, time.GetUtcNow(), actor, isNew: false, navigator.Notices(workflow));
            var result = await RuleInputFaults.CatchAsync(() => body(@case, task));
            if (!result.Succeeded)
            {
                return result;
            }

            if (await SaveAsync(@case.TakeChanges(timers, measures), commandName, cancellationToken) == SaveOutcome.Saved)
            {
                return result;
            }
        }

        return Conflict();
    }

    /// <summary>Saves a command's change sets; the counters count saved commands only.</summary>
    public async Task<SaveOutcome> SaveAsync(IReadOnlyList<CaseChangeSet> changes, string commandName, CancellationToken cancellationToken)
    {
        var outcome = await store.SaveAsync(changes, cancellationToken);
        if (outcome == SaveOutcome.Saved)
        {
            EngineTelemetry.Saved(commandName, changes.Sum(c => c.AddedEscalations.Count));
        }

        return outcome;
    }

    /// <summary>Everything the aggregate changed, planned and projected for the store.</summary>
    public IReadOnlyList<CaseChangeSet> ChangesOf(Case @case) => @case.TakeChanges(timers, measures);

    /// <summary>
    /// One span per command, named after the command (CompleteTask, FireTimers...), so a trace shows
    /// the request, the command and the database statements under it.
    /// </summary>
    public static Activity? StartCommand(string commandName, Guid? caseId)
    {
        var activity = EngineTelemetry.Source.StartActivity(commandName);
        activity?.SetTag("workflow.case_id", caseId?.ToString());
        return activity;
    }

    public static CommandResult<CaseState> Conflict() => CommandResult<CaseState>.Failure(CommandStatus.Conflict, "case.conflict", "$",
        "Someone else changed this case at the same moment, so your change was not saved. Reload the case to see the latest and try again.");

    /// <summary>The case moved (null) or the workflow refused, with why.</summary>
    public static CommandResult<CaseState> Moved(IReadOnlyList<ValidationError>? refused, Case @case) =>
        refused is null ? CommandResult<CaseState>.Success(@case.State) : CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, refused);

    /// <summary>A reason is required and kept within the limit, as it is recorded on the case for everyone who works it.</summary>
    public static CommandResult<CaseState>? MissingReason(string? reason, string path = "$.reason") =>
        string.IsNullOrWhiteSpace(reason)
            ? CommandResult<CaseState>.Failure(CommandStatus.Invalid, "reason.required", path, "Give a reason: it is recorded on the case for everyone who works it.")
            : InputLimits.Reason(reason, path);
}
