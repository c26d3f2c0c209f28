using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Simulation;

/// <summary>One simulation: opens the sample case, replays the steps, and reads back where the case got to.</summary>
internal sealed class SimulationRun(CaseService service, SimulationCaseStore store, SimulatedClock clock, WorkflowDefinition workflow, ReferenceData reference)
{
    // A guard against a clock that never settles; a real case has a handful of timers at a time.
    private const int MaxTimersPerStep = 1000;

    private readonly Dictionary<string, TaskDefinition> _tasks = workflow.Stages.SelectMany(s => s.Tasks).ToDictionary(t => t.Key, StringComparer.Ordinal);

    public async Task<SimulationResult> ReplayAsync(JsonObject facts, IReadOnlyList<SimulationStep> steps, CancellationToken cancellationToken)
    {
        CommandResult<CaseState> opened;
        try
        {
            opened = await service.OpenCaseAsync(Contact(facts), cancellationToken);
        }
        catch (Exception fault) when (IsFault(fault))
        {
            return await ResultAsync(null, $"Opening the case: {Reason(fault)}", null, cancellationToken);
        }

        if (opened.Status == CommandStatus.Invalid)
        {
            return SimulationResult.Invalid(opened.Errors);
        }

        if (!opened.Succeeded)
        {
            return await ResultAsync(null, $"Opening the case: {Explain(opened.Errors)}", null, cancellationToken);
        }

        var caseId = opened.Value!.Id;
        for (var index = 0; index < steps.Count; index++)
        {
            string? why;
            try
            {
                why = await ApplyAsync(caseId, steps[index], cancellationToken);
            }
            catch (Exception fault) when (IsFault(fault))
            {
                why = Reason(fault);
            }

            if (why is not null)
            {
                return await ResultAsync(caseId, $"Step {index + 1} ({steps[index].Describe()}): {why}", index, cancellationToken);
            }
        }

        return await ResultAsync(caseId, null, null, cancellationToken);
    }

    private OpenCaseCommand Contact(JsonObject facts)
    {
        // A sample contact: the facts decide the route, so the child and referrer are placeholders,
        // except that the referrer's agency and urgency follow the facts when they give them.
        var agency = facts["referrerAgency"] is JsonValue a && a.TryGetValue<string>(out var key) && reference.AgenciesByKey.ContainsKey(key)
            ? key
            : reference.Agencies[0].Key;
        var urgent = facts["urgent"] is JsonValue u && u.TryGetValue<bool>(out var isUrgent) && isUrgent;
        // The sample child is 14, or the age the facts give, so measures with an age condition behave as for a real child.
        var age = facts["ageYears"] is JsonValue y && y.TryGetValue<int>(out var years) && years is >= 0 and <= 25 ? years : 14;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new OpenCaseCommand(workflow.Key, new ChildDetails("Sample child", today.AddYears(-age).AddDays(-1)),
            new ContactDetails("Sample referrer", agency, "A sample concern for the simulator.", urgent), facts, WorkflowSimulator.Actor);
    }

    private async Task<string?> ApplyAsync(Guid caseId, SimulationStep step, CancellationToken cancellationToken)
    {
        var state = (await store.LoadAsync(caseId, cancellationToken))!;
        if (state.Status == CaseStatus.Closed)
        {
            return $"the case is already closed (stage '{StageName(state.StageKey)}').";
        }

        return step switch
        {
            CompleteTaskStep complete => await CompleteAsync(state, complete, cancellationToken),
            FireTimerStep timer => await FireTimerAsync(state, timer, cancellationToken),
            MoveStep move => Explain(await service.MoveByHandAsync(caseId, move.Transition, "Moved by hand in the simulator.", WorkflowSimulator.Actor, cancellationToken)),
            _ => throw new ArgumentException($"Unknown kind of step: {step.GetType().Name}.", nameof(step)),
        };
    }

    private async Task<string?> CompleteAsync(CaseState state, CompleteTaskStep step, CancellationToken cancellationToken)
    {
        if (!_tasks.TryGetValue(step.Task, out var definition))
        {
            return $"the workflow has no task '{step.Task}'.";
        }

        var task = state.Tasks.Find(t => t.IsActive && t.TaskKey == step.Task && (step.Agency is null || t.Agency == step.Agency));
        if (task is null)
        {
            var open = state.Tasks.Where(t => t.IsActive).Select(t => $"'{t.TaskKey}' ({t.Agency})").ToList();
            var owner = step.Agency is null ? string.Empty : $" for {step.Agency}";
            return $"task '{step.Task}' is not open{owner} in stage '{StageName(state.StageKey)}'. Open tasks: {(open.Count == 0 ? "none" : string.Join(", ", open))}.";
        }

        // A simulated outcome that needs joint sign-off is signed off by each agency it names first, as in practice.
        foreach (var agency in definition.Outcomes.FirstOrDefault(o => o.Key == step.Outcome)?.SignOff ?? [])
        {
            if (Explain(await service.SignOffTaskAsync(state.Id, task.Id, agency, WorkflowSimulator.Actor, null, cancellationToken)) is { } refused)
            {
                return refused;
            }
        }

        return Explain(await service.CompleteTaskAsync(new CompleteTaskCommand(state.Id, task.Id, step.Outcome, step.Data, WorkflowSimulator.Actor), cancellationToken));
    }

    private async Task<string?> FireTimerAsync(CaseState state, FireTimerStep step, CancellationToken cancellationToken)
    {
        var target = state.Timers.Find(t => t.Kind == TimerKind.StageTransition && t.TransitionKey == step.Transition);
        if (target is null)
        {
            var waiting = state.Timers.Where(t => t.Kind == TimerKind.StageTransition).Select(t => $"'{t.TransitionKey}'").ToList();
            return $"stage '{StageName(state.StageKey)}' has no timer '{step.Transition}' waiting. Timers waiting: {(waiting.Count == 0 ? "none" : string.Join(", ", waiting))}.";
        }

        // Every clock that falls due on the way fires first, in order, as the dispatcher would fire them.
        for (var fired = 0; fired < MaxTimersPerStep; fired++)
        {
            var current = (await store.LoadAsync(state.Id, cancellationToken))!;
            var next = current.Timers.Where(t => t.Status == TimerStatus.Pending && t.DueAt <= target.DueAt)
                .OrderBy(t => t.DueAt).ThenBy(t => t.Kind == TimerKind.StageTransition ? 1 : 0).FirstOrDefault();
            if (next is null)
            {
                return $"the case left stage '{StageName(state.StageKey)}' before timer '{step.Transition}' fell due.";
            }

            clock.AdvanceTo(next.DueAt);
            await service.FireAsync(next, cancellationToken);
            if (next.Id == target.Id)
            {
                return null;
            }
        }

        return $"more than {MaxTimersPerStep} timers fell due before '{step.Transition}'.";
    }

    private async Task<SimulationResult> ResultAsync(Guid? caseId, string? problem, int? step, CancellationToken cancellationToken)
    {
        var state = caseId is { } id ? await store.LoadAsync(id, cancellationToken) : null;
        if (state is null)
        {
            return new SimulationResult([], [], [], [], [], CaseStatus.Open, problem, step, []);
        }

        var journal = await store.ReadJournalAsync(state.Id, cancellationToken);
        var path = journal.Where(e => e.Kind == "stage.entered").Select(e =>
        {
            var stage = e.Data["stage"]!.GetValue<string>();
            return new SimulatedStageVisit(stage, StageName(stage), e.OccurredAt, e.Data["via"]?.GetValue<string>() ?? string.Empty);
        }).ToList();
        var tasks = state.Tasks.Where(t => t.IsActive)
            .Select(t => new SimulatedTask(t.TaskKey, t.Title, t.Agency, t.Role, t.DueAt, _tasks.TryGetValue(t.TaskKey, out var d) ? d.Outcomes : [])).ToList();
        var timers = state.Timers.Where(t => t.Kind == TimerKind.StageTransition).OrderBy(t => t.DueAt)
            .Select(t => new SimulatedTimer(t.TransitionKey!, t.DueAt)).ToList();
        var manual = state.Status == CaseStatus.Closed ? [] : workflow.Stages.First(s => s.Key == state.StageKey).Transitions
            .Where(t => t.Trigger == TransitionTrigger.Manual).Select(t => new SimulatedTransition(t.Key, t.To)).ToList();
        var log = journal.Select(e => SimulationLog.Describe(e, workflow)).ToList();
        return new SimulationResult([], path, tasks, timers, manual, state.Status, problem, step, log);
    }

    private string StageName(string key) => workflow.Stages.FirstOrDefault(s => s.Key == key)?.Name ?? key;

    private static string? Explain(CommandResult<CaseState> result) => result.Succeeded ? null : Explain(result.Errors);

    private static string Explain(IReadOnlyList<ValidationError> errors) => string.Join(" ", errors.Select(e =>
        e.Path.StartsWith("$.data.", StringComparison.Ordinal) ? $"Field '{e.Path["$.data.".Length..]}': {e.Message}" : e.Message));

    private static bool IsFault(Exception exception) => exception is WorkflowFaultException or RuleSetFaultException or TimerFireException;

    private static string Reason(Exception fault)
    {
        // A timer's message names the simulated case's id, which means nothing to the person simulating.
        const string Marker = "could not fire: ";
        var at = fault.Message.IndexOf(Marker, StringComparison.Ordinal);
        return fault is TimerFireException && at >= 0 ? "the timer could not fire: " + fault.Message[(at + Marker.Length)..] : fault.Message;
    }
}
