using System.Text.Json.Nodes;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Runtime;

/// <summary>
/// Moves a case through its workflow: enters stages, creates and assigns tasks with due times,
/// takes rule-set decisions and fires the stage machine. Works on the <see cref="Case"/> aggregate in memory, through its methods.
/// </summary>
internal sealed class StageNavigator(IRuleEvaluator rules, IDueTimeCalculator clock, ReferenceData reference, WorkflowCatalogue workflows, ICaseStore? cases = null)
{
    public const string System = "system";

    /// <summary>Enters a stage (the aggregate cancels what is left behind and closes on a final stage), creates the stage's tasks and moves on if nothing needs a person.</summary>
    public async Task EnterStageAsync(Case command, string stageKey, string via, CancellationToken cancellationToken)
    {
        var stage = command.EnterStage(stageKey, via);
        if (stage.Final)
        {
            return;
        }

        foreach (var definition in stage.Tasks)
        {
            await CreateTasksAsync(command, stage, definition, cancellationToken);
        }

        var errors = await AdvanceAsync(command, completed: null, cancellationToken);
        if (errors is not null)
        {
            throw new WorkflowFaultException(
                $"Stage '{stageKey}' of workflow '{command.Workflow.Key}' cannot move on by itself: {string.Join(" ", errors.Select(e => e.Message))}");
        }
    }

    /// <summary>
    /// Moves the case on after a task is done, or on entering a stage that needs no person:
    /// an outcome transition first, then the stage's decision, then an all/any-tasks-done join.
    /// </summary>
    /// <returns>Null when the case moved or rightly stays; otherwise why the workflow refused.</returns>
    public async Task<IReadOnlyList<ValidationError>?> AdvanceAsync(Case command, CaseTask? completed, CancellationToken cancellationToken)
    {
        var state = command.State;
        if (state.Status == CaseStatus.Closed)
        {
            return null;
        }

        var stage = command.Workflow.Stages[state.StageKey];
        if (completed is { Status: CaseTaskStatus.Completed, Outcome: not null })
        {
            var trigger = StageTriggers.Outcome(completed.TaskKey, completed.Outcome);
            if (stage.Transitions.Any(t => StageTriggers.For(t) == trigger))
            {
                return await FireAsync(command, trigger, via: completed.TaskKey, cancellationToken);
            }
        }

        var visitTasks = state.Tasks.Where(t => t.StageKey == stage.Key && t.StageVisit == state.StageVisit).ToList();
        var allDone = visitTasks.TrueForAll(t => !t.IsActive);
        var anyDone = visitTasks.Count == 0 || visitTasks.Exists(t => t.Status == CaseTaskStatus.Completed);

        if (stage.Decision is { } decision)
        {
            var ready = decision.When == TaskJoin.AllTasksDone ? allDone : anyDone;
            return ready ? await DecideAsync(command, stage, decision, cancellationToken) : null;
        }

        if (allDone && stage.Transitions.Any(t => t.Trigger == TransitionTrigger.AllTasksDone))
        {
            return await FireAsync(command, StageTriggers.AllTasksDone, via: "all tasks done", cancellationToken);
        }

        if (anyDone && stage.Transitions.Any(t => t.Trigger == TransitionTrigger.AnyTaskDone))
        {
            return await FireAsync(command, StageTriggers.AnyTaskDone, via: "a task done", cancellationToken);
        }

        return null;
    }

    /// <summary>Fires a trigger on the stage machine after checking the guards of the transitions it may take.</summary>
    public async Task<IReadOnlyList<ValidationError>?> FireAsync(Case command, string trigger, string via, CancellationToken cancellationToken)
    {
        var state = command.State;
        var stage = command.Workflow.Stages[state.StageKey];
        var candidates = stage.Transitions.Where(t => StageTriggers.For(t) == trigger).ToList();
        var passed = new HashSet<string>(StringComparer.Ordinal);
        var guardErrors = new List<ValidationError>();
        foreach (var transition in candidates.Where(t => t.Guard is not null))
        {
            var guard = await rules.CheckGuardAsync(transition.Guard!, Inputs(command, stage.Key, taskKey: null), command.Versions, cancellationToken);
            command.Record("rule.decided", RuleJournal.Guard(guard, stage.Key, transition.Key));
            if (guard.Passed)
            {
                passed.Add(transition.Key);
            }
            else
            {
                guardErrors.AddRange(guard.Rules.Where(r => !r.Succeeded).Select(r => new ValidationError(
                    "guard.unmet", $"$.stages.{stage.Key}.transitions.{transition.Key}", r.Message ?? $"Rule '{r.Rule}' of '{guard.RuleSet}' is not met.")));
            }
        }

        var fired = await command.Workflow.Machine.FireAsync(state.StageKey, trigger, passed);
        if (!fired.Succeeded)
        {
            if (guardErrors.Count > 0)
            {
                return guardErrors;
            }

            var permitted = fired.PermittedTriggers.Count == 0 ? "nothing" : string.Join("; ", fired.PermittedTriggers);
            return [new ValidationError("transition.not-permitted", "$.trigger",
                $"Stage '{stage.Name}' does not allow {StageTriggers.Describe(trigger)}. It allows: {permitted}.")];
        }

        var taken = candidates.First(t => t.To == fired.Stage && (t.Guard is null || passed.Contains(t.Key)));
        command.Record("transition.fired", new JsonObject
        {
            ["transition"] = taken.Key, ["from"] = stage.Key, ["to"] = taken.To, ["trigger"] = trigger, ["via"] = via,
        });
        foreach (var workflowKey in taken.StartWorkflows)
        {
            if (await OpenTrackAsync(command, workflowKey, cancellationToken) is { } open)
            {
                // One open track of a kind per case: an NRM consideration prompted at screening is not repeated at MACE while it is open.
                command.Record("track.already-open", new JsonObject { ["caseId"] = open.ToString(), ["workflow"] = workflowKey, ["transition"] = taken.Key });
                continue;
            }

            await StartLinkedAsync(command, workflowKey, $"Started when the case took '{taken.Label ?? taken.Key}'.", cancellationToken);
        }

        await EnterStageAsync(command, taken.To, taken.Key, cancellationToken);
        return null;
    }

    /// <summary>A still-open track of the workflow that this case started, or null.</summary>
    private async Task<Guid?> OpenTrackAsync(Case command, string workflowKey, CancellationToken cancellationToken)
    {
        if (command.LinkedCases.FirstOrDefault(l => l.State.WorkflowKey == workflowKey && l.State.Status == CaseStatus.Open) is { } fresh)
        {
            return fresh.State.Id;
        }

        if (cases is null || command.IsNew)
        {
            return null;
        }

        var tracks = await cases.ListByChildAsync(command.State.ChildId, cancellationToken);
        return tracks.FirstOrDefault(t => t.ParentCaseId == command.State.Id && t.WorkflowKey == workflowKey && t.Status == CaseStatus.Open)?.Id;
    }

    /// <summary>Opens a linked track for the same child, saved in the same transaction as the command.</summary>
    public async Task<Case> StartLinkedAsync(Case parent, string workflowKey, string reason, CancellationToken cancellationToken, DateTimeOffset? occurredAt = null)
    {
        var workflow = await workflows.GetLatestAsync(workflowKey, parent.Versions, cancellationToken)
            ?? throw new WorkflowFaultException($"Workflow '{parent.Workflow.Key}' starts linked workflow '{workflowKey}', which has no published version.");
        // A track counts "from the contact" from the event it follows up (e.g. the child's return), not from the parent's contact.
        var contact = parent.State.Contact with { ReceivedAt = occurredAt ?? parent.Now };
        var state = Case.NewState(workflow, parent.State.ChildId, parent.State.Id, parent.State.Child, contact, (JsonObject)parent.State.Facts.DeepClone(), parent.Now);
        var linked = new Case(state, workflow, parent.Now, parent.Actor, isNew: true, Notices(workflow), parent.Budget, parent.Versions);
        parent.Link(linked);
        linked.Record("case.opened", new JsonObject
        {
            ["workflow"] = workflow.Key, ["version"] = workflow.Version, ["parentCaseId"] = parent.State.Id.ToString(), ["reason"] = reason,
            ["receivedAt"] = contact.ReceivedAt, ["recordedBy"] = parent.Actor,
        });
        parent.Record("track.started", new JsonObject { ["caseId"] = state.Id.ToString(), ["workflow"] = workflow.Key, ["reason"] = reason });
        await EnterStageAsync(linked, workflow.Definition.StartStage, "start", cancellationToken);
        return linked;
    }

    /// <summary>The notices' wording for a case of this workflow, in its calendar's local time.</summary>
    public Notifications.Notices Notices(CompiledWorkflow workflow) => new(instant => clock.ToLocal(instant, workflow.Definition.Calendar));

    private async Task<IReadOnlyList<ValidationError>?> DecideAsync(Case command, StageDefinition stage, StageDecision decision, CancellationToken cancellationToken)
    {
        var result = await rules.DecideAsync(decision.RuleSet, Inputs(command, stage.Key, taskKey: null), command.Versions, cancellationToken);
        command.Record("rule.decided", RuleJournal.Decision(result, "stage-decision", stage.Key, task: null));
        var value = result.Event ?? StageDecision.Otherwise;
        if (decision.ResultFact is { } fact && result.Output is { } output)
        {
            command.SetDecidedFact(fact, output);
        }

        if (!stage.Transitions.Any(t => t.Trigger == TransitionTrigger.Decision && t.Decision == value))
        {
            throw new WorkflowFaultException(
                $"Rule set '{decision.RuleSet}' decided '{value}' in stage '{stage.Key}', but the stage has no transition for that decision.");
        }

        return await FireAsync(command, StageTriggers.Decision(value), via: $"decision by '{decision.RuleSet}'", cancellationToken);
    }

    /// <summary>Creates the tasks one task definition of a stage asks for (one per owning agency), journalled as on stage entry.</summary>
    public async Task CreateTasksAsync(Case command, StageDefinition stage, TaskDefinition definition, CancellationToken cancellationToken)
    {
        foreach (var agency in await ChooseAgenciesAsync(command, stage, definition, cancellationToken))
        {
            var state = command.State;
            var due = clock.ComputeDue(definition.Due, command.Workflow.Definition.Calendar, new DueAnchors(command.Now, state.ReceivedAt, state.StageEnteredAt, state.Facts));
            command.CreateTask(definition, agency, due);
        }
    }

    private async Task<IReadOnlyList<string>> ChooseAgenciesAsync(Case command, StageDefinition stage, TaskDefinition definition, CancellationToken cancellationToken)
    {
        var owner = definition.Owner;
        List<string> agencies;
        if (owner.Agency is not null)
        {
            agencies = [owner.Agency];
        }
        else if (owner.RuleSet is not null)
        {
            var decision = await rules.DecideAsync(owner.RuleSet, Inputs(command, stage.Key, definition.Key), command.Versions, cancellationToken);
            command.Record("rule.decided", RuleJournal.Decision(decision, "assignment", stage.Key, definition.Key));
            agencies = [decision.Event ?? throw new WorkflowFaultException(
                $"Rule set '{owner.RuleSet}' chose no agency for task '{definition.Key}'. Add a last rule that always succeeds.")];
        }
        else
        {
            agencies = (command.State.Facts[owner.ForEachAgencyIn!] as JsonArray ?? [])
                .Select(n => n!.GetValue<string>()).Distinct(StringComparer.Ordinal).ToList();
        }

        var unknown = agencies.FirstOrDefault(a => !reference.AgenciesByKey.ContainsKey(a));
        return unknown is null ? agencies : throw new WorkflowFaultException(
            $"Task '{definition.Key}' would be owned by agency '{unknown}', which is not in the agency list.");
    }

    // No copy of the facts: the evaluator only reads them into a typed snapshot of its own.
    private static RuleInputs Inputs(Case command, string stageKey, string? taskKey) =>
        new(command.State.Facts, taskKey, stageKey);
}
