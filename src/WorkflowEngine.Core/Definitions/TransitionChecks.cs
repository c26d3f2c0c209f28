using System.Text.Json;
using Codes = WorkflowEngine.Core.Definitions.DefinitionErrorCodes;

namespace WorkflowEngine.Core.Definitions;

/// <summary>Checks of one transition: where it goes, what fires it and what it starts.</summary>
internal static class TransitionChecks
{
    public static void Check(ValidationRun run, StageDefinition stage, TransitionDefinition transition, string path)
    {
        var subject = $"Transition '{transition.Key}' of stage '{stage.Key}'";
        if (!run.StagesByKey.ContainsKey(transition.To))
        {
            run.Add(Codes.TransitionUnknownStage, $"{path}.to", $"{subject} goes to '{transition.To}', which is not a stage of this workflow.");
        }

        switch (transition.Trigger)
        {
            case TransitionTrigger.Outcome:
                CheckOutcome(run, stage, transition, path, subject);
                break;
            case TransitionTrigger.Decision:
                CheckDecision(run, stage, transition, path, subject);
                break;
            case TransitionTrigger.Timer when transition.After is null:
                run.Add(Codes.TransitionTimerWithoutAfter, path, $"{subject} is a timer but does not say when it fires. Set 'after', for example to 12 weeks.");
                break;
        }

        if (transition.After is { } after)
        {
            if (transition.Trigger != TransitionTrigger.Timer)
            {
                run.Add(
                    Codes.TransitionAfterWithoutTimer,
                    $"{path}.after",
                    $"{subject} has an 'after' time, but it fires on '{Name(transition.Trigger)}', not on a timer, so the time would be ignored. Remove 'after', or make the trigger 'timer'.");
            }
            else
            {
                DueSpecChecks.Check(run, after, $"{path}.after", $"The timer of transition '{transition.Key}' in stage '{stage.Key}'");
            }
        }

        if (transition.Guard is { } guard && !run.Context.RuleSets.Contains(guard))
        {
            run.Add(
                Codes.TransitionUnknownGuard,
                $"{path}.guard",
                $"{subject} is guarded by rule set '{guard}', which is not a known rule set. Check the key, or create the rule set first.");
        }

        for (var i = 0; i < transition.StartWorkflows.Count; i++)
        {
            var workflow = transition.StartWorkflows[i];
            if (workflow == run.Definition.Key)
            {
                run.Add(
                    Codes.TransitionStartsItself,
                    $"{path}.startWorkflows[{i}]",
                    $"{subject} starts workflow '{workflow}', which is this workflow itself. Remove it, or name the linked workflow you meant.");
            }
            else if (!run.Context.Workflows.Contains(workflow))
            {
                run.Add(
                    Codes.TransitionUnknownWorkflow,
                    $"{path}.startWorkflows[{i}]",
                    $"{subject} starts workflow '{workflow}', which is not a known workflow. Check the key, or create that workflow first.");
            }
        }
    }

    private static void CheckOutcome(ValidationRun run, StageDefinition stage, TransitionDefinition transition, string path, string subject)
    {
        if (transition.Task is null)
        {
            run.Add(Codes.TransitionMissingTask, path, $"{subject} fires on a task outcome but does not say which task. Set 'task' to one of the stage's tasks.");
        }

        if (transition.Outcome is null)
        {
            run.Add(Codes.TransitionMissingOutcome, path, $"{subject} fires on a task outcome but does not say which outcome. Set 'outcome' to one of the task's outcomes.");
        }

        if (transition.Task is null)
        {
            return;
        }

        var task = stage.Tasks.FirstOrDefault(t => t.Key == transition.Task);
        if (task is null)
        {
            run.Add(Codes.TransitionUnknownTask, $"{path}.task", $"{subject} waits for task '{transition.Task}', which is not a task of this stage.");
        }
        else if (transition.Outcome is not null && !task.Outcomes.Any(o => o.Key == transition.Outcome))
        {
            run.Add(
                Codes.TransitionUnknownOutcome,
                $"{path}.outcome",
                $"{subject} waits for outcome '{transition.Outcome}' of task '{task.Key}', which that task does not have. Its outcomes are: {string.Join(", ", task.Outcomes.Select(o => o.Key))}.");
        }
    }

    private static void CheckDecision(ValidationRun run, StageDefinition stage, TransitionDefinition transition, string path, string subject)
    {
        if (string.IsNullOrWhiteSpace(transition.Decision))
        {
            run.Add(
                Codes.TransitionMissingDecision,
                path,
                $"{subject} fires on the stage's decision but does not say which one. Set 'decision' to a rule's success event, or to 'otherwise'.");
        }

        if (stage.Decision is null)
        {
            run.Add(
                Codes.TransitionNoStageDecision,
                $"{path}.trigger",
                $"{subject} waits for a decision, but the stage takes none. Add a decision to the stage, or change the trigger.");
        }
    }

    private static string Name(TransitionTrigger trigger) => JsonNamingPolicy.CamelCase.ConvertName(trigger.ToString());
}
