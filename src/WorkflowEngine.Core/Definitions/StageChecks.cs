using Codes = WorkflowEngine.Core.Definitions.DefinitionErrorCodes;

namespace WorkflowEngine.Core.Definitions;

/// <summary>Checks of a stage as a whole: final stages, ways out, decisions, stalls and reachability.</summary>
internal static class StageChecks
{
    private const string ArrivalCloses = "is final, so the case closes as soon as it arrives";

    public static void Check(ValidationRun run, StageDefinition stage, int index)
    {
        var path = $"$.stages[{index}]";
        if (stage.Final)
        {
            CheckFinal(run, stage, path);
        }
        else if (stage.Transitions.Count == 0)
        {
            run.Add(
                Codes.StageNoWayOut,
                path,
                $"Stage '{stage.Key}' has no way out. Add a transition, or mark it final if the case should close there.");
        }
        else if (stage.Tasks.Count == 0 && stage.Decision is null
            && !stage.Transitions.Any(t => t.Trigger is TransitionTrigger.Timer or TransitionTrigger.Manual))
        {
            run.Add(
                Codes.StageWouldStall,
                path,
                $"Stage '{stage.Key}' has no tasks and no decision, so nothing would ever move a case on from it. Add tasks or a decision, or a timer or manual transition.");
        }

        if (stage.Decision is { } decision)
        {
            CheckDecision(run, stage, decision, path);
        }
    }

    /// <summary>Reports outcomes that no transition follows, in stages with no other way on once tasks are done.</summary>
    public static void CheckOutcomesLeadSomewhere(ValidationRun run, StageDefinition stage, int index)
    {
        // A stage with no transitions at all is reported once as having no way out. A timer moves the
        // case on by itself (e.g. the review 12 weeks after a disruption plan), so outcomes may wait for it.
        if (stage.Final || stage.Transitions.Count == 0 || stage.Decision is not null
            || stage.Transitions.Any(t => t.Trigger is TransitionTrigger.AllTasksDone or TransitionTrigger.AnyTaskDone or TransitionTrigger.Timer))
        {
            return;
        }

        for (var t = 0; t < stage.Tasks.Count; t++)
        {
            var task = stage.Tasks[t];
            for (var o = 0; o < task.Outcomes.Count; o++)
            {
                var outcome = task.Outcomes[o];
                var followed = stage.Transitions.Any(tr =>
                    tr.Trigger == TransitionTrigger.Outcome && tr.Task == task.Key && tr.Outcome == outcome.Key);
                if (!followed)
                {
                    run.Add(
                        Codes.OutcomeLeadsNowhere,
                        $"$.stages[{index}].tasks[{t}].outcomes[{o}]",
                        $"Outcome '{outcome.Key}' of task '{task.Key}' leads nowhere. Add a transition for it, a transition that fires when all tasks are done, or a timer.");
                }
            }
        }
    }

    /// <summary>Reports stages no path from the start stage reaches.</summary>
    public static void CheckReachable(ValidationRun run)
    {
        var definition = run.Definition;
        if (!run.StagesByKey.ContainsKey(definition.StartStage))
        {
            return; // Without a start, everything would be unreachable; the unknown start is reported already.
        }

        var reached = new HashSet<string>(StringComparer.Ordinal) { definition.StartStage };
        var queue = new Queue<string>([definition.StartStage]);
        while (queue.TryDequeue(out var key))
        {
            foreach (var transition in run.StagesByKey[key].Transitions)
            {
                if (run.StagesByKey.ContainsKey(transition.To) && reached.Add(transition.To))
                {
                    queue.Enqueue(transition.To);
                }
            }
        }

        for (var s = 0; s < definition.Stages.Count; s++)
        {
            var stage = definition.Stages[s];
            if (!reached.Contains(stage.Key))
            {
                run.Add(
                    Codes.StageUnreachable,
                    $"$.stages[{s}]",
                    $"Stage '{stage.Key}' cannot be reached from the start stage '{definition.StartStage}'. Add a transition into it, or remove it.");
            }
        }
    }

    private static void CheckFinal(ValidationRun run, StageDefinition stage, string path)
    {
        if (stage.Tasks.Count > 0)
        {
            run.Add(
                Codes.StageFinalWithTasks,
                $"{path}.tasks",
                $"Stage '{stage.Key}' {ArrivalCloses} and its tasks would never be worked. Remove the tasks, or make the stage not final.");
        }

        if (stage.Transitions.Count > 0)
        {
            run.Add(
                Codes.StageFinalWithTransitions,
                $"{path}.transitions",
                $"Stage '{stage.Key}' {ArrivalCloses} and its transitions would never fire. Remove them, or make the stage not final.");
        }

        if (stage.Decision is not null)
        {
            run.Add(
                Codes.StageFinalWithDecision,
                $"{path}.decision",
                $"Stage '{stage.Key}' {ArrivalCloses} and its decision would never be taken. Remove the decision, or make the stage not final.");
        }
    }

    private static void CheckDecision(ValidationRun run, StageDefinition stage, StageDecision decision, string path)
    {
        if (!run.Context.RuleSets.Contains(decision.RuleSet))
        {
            run.Add(
                Codes.DecisionUnknownRuleSet,
                $"{path}.decision.ruleSet",
                $"Stage '{stage.Key}' decides with rule set '{decision.RuleSet}', which is not a known rule set. Check the key, or create the rule set first.");
        }

        if (!stage.Final && !stage.Transitions.Any(t => t.Trigger == TransitionTrigger.Decision && t.Decision == StageDecision.Otherwise))
        {
            run.Add(
                Codes.DecisionNoOtherwise,
                $"{path}.decision",
                $"Stage '{stage.Key}' has no 'otherwise' transition, so a case would be stuck there whenever no rule of '{decision.RuleSet}' succeeds. Add a decision transition with decision 'otherwise'.");
        }
    }
}
