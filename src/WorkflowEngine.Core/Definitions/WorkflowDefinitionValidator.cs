using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Definitions;

/// <summary>
/// Checks a workflow definition as a whole: that its parts refer to one another and to the
/// partnership's agencies, rule sets, calendars and panels correctly, and that every case can move
/// through it to a final stage. The same checks serve file loading, the API and the designer.
/// </summary>
public static class WorkflowDefinitionValidator
{
    /// <summary>Returns every problem at once, each with a stable code, a JSON path and a plain-English sentence.</summary>
    /// <param name="definition">The definition, as read by <see cref="WorkflowDefinitionReader"/> or built by the designer.</param>
    /// <param name="context">What the definition may refer to.</param>
    public static IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition, DefinitionValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(context);

        var run = new ValidationRun(definition, context);
        WorkflowChecks.Check(run);
        var taskKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        var stageKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < definition.Stages.Count; s++)
        {
            var stage = definition.Stages[s];
            if (!stageKeys.Add(stage.Key))
            {
                run.Add(
                    DefinitionErrorCodes.StageDuplicateKey,
                    $"$.stages[{s}].key",
                    $"There are two stages with the key '{stage.Key}'. Give each stage a key of its own.");
            }

            StageChecks.Check(run, stage, s);
            for (var t = 0; t < stage.Tasks.Count; t++)
            {
                var task = stage.Tasks[t];
                if (taskKeys.TryGetValue(task.Key, out var firstStage))
                {
                    var where = firstStage == stage.Key
                        ? $"both in stage '{stage.Key}'"
                        : $"in stage '{firstStage}' and stage '{stage.Key}'";
                    run.Add(
                        DefinitionErrorCodes.TaskDuplicateKey,
                        $"$.stages[{s}].tasks[{t}].key",
                        $"There are two tasks with the key '{task.Key}' ({where}). Task keys must be unique across the whole workflow.");
                }
                else
                {
                    taskKeys.Add(task.Key, stage.Key);
                }

                TaskChecks.Check(run, task, $"$.stages[{s}].tasks[{t}]");
            }

            var transitionKeys = new HashSet<string>(StringComparer.Ordinal);
            for (var t = 0; t < stage.Transitions.Count; t++)
            {
                var transition = stage.Transitions[t];
                var path = $"$.stages[{s}].transitions[{t}]";
                if (!transitionKeys.Add(transition.Key))
                {
                    run.Add(
                        DefinitionErrorCodes.TransitionDuplicateKey,
                        $"{path}.key",
                        $"Stage '{stage.Key}' has two transitions with the key '{transition.Key}'. Give each transition a key of its own.");
                }

                TransitionChecks.Check(run, stage, transition, path);
            }

            StageChecks.CheckOutcomesLeadSomewhere(run, stage, s);
        }

        StageChecks.CheckReachable(run);
        return run.Errors;
    }
}
