using Codes = WorkflowEngine.Core.Definitions.DefinitionErrorCodes;

namespace WorkflowEngine.Core.Definitions;

/// <summary>Checks of the workflow's own settings: calendar, start stage and linked workflows.</summary>
internal static class WorkflowChecks
{
    public static void Check(ValidationRun run)
    {
        var definition = run.Definition;
        if (definition.Stages.Count == 0)
        {
            run.Add(Codes.WorkflowNoStages, "$.stages", "The workflow has no stages. Add at least a start stage and a final stage.");
        }

        if (!run.Context.Calendars.Contains(definition.Calendar))
        {
            run.Add(
                Codes.WorkflowUnknownCalendar,
                "$.calendar",
                $"Calendar '{definition.Calendar}' is not a known calendar. Use one of: {ValidationRun.List(run.Context.Calendars)}.");
        }

        if (definition.Stages.Count > 0 && !run.StagesByKey.ContainsKey(definition.StartStage))
        {
            run.Add(
                Codes.WorkflowUnknownStartStage,
                "$.startStage",
                $"The start stage '{definition.StartStage}' is not one of this workflow's stages. Set 'startStage' to the key of the stage new cases enter.");
        }

        for (var i = 0; i < definition.LinkedWorkflows.Count; i++)
        {
            var linked = definition.LinkedWorkflows[i];
            var path = $"$.linkedWorkflows[{i}]";
            if (linked == definition.Key)
            {
                run.Add(
                    Codes.WorkflowLinksItself,
                    path,
                    $"A workflow cannot be linked to itself. Remove '{linked}' from the linked workflows.");
            }
            else if (!run.Context.Workflows.Contains(linked))
            {
                run.Add(
                    Codes.WorkflowUnknownLinkedWorkflow,
                    path,
                    $"Linked workflow '{linked}' is not a known workflow. Check the key, or create that workflow first.");
            }
        }
    }
}
