using Codes = WorkflowEngine.Core.Definitions.DefinitionErrorCodes;

namespace WorkflowEngine.Core.Definitions;

/// <summary>Checks of a task's escalation ladder: levels climbing 1 to 4, and who each rung goes to.</summary>
internal static class EscalationChecks
{
    private const int TopLevel = 4;

    public static void Check(ValidationRun run, TaskDefinition task, string taskPath)
    {
        int? previous = null;
        for (var r = 0; r < task.Escalation.Count; r++)
        {
            var rung = task.Escalation[r];
            var path = $"{taskPath}.escalation[{r}]";
            var subject = $"Escalation level {rung.Level} of task '{task.Key}'";
            if (rung.Level is < 1 or > TopLevel)
            {
                run.Add(
                    Codes.EscalationLevelOutOfRange,
                    $"{path}.level",
                    $"Escalation rung {r + 1} of task '{task.Key}' has level {rung.Level}. Levels run from 1 (team manager) to 4 (partnership chair).");
            }
            else if (previous is { } before && rung.Level <= before)
            {
                run.Add(
                    Codes.EscalationLevelOrder,
                    $"{path}.level",
                    $"{subject} comes after level {before}. List the rungs from the lowest level up, each level once.");
            }

            if (rung.Level is >= 1 and <= TopLevel)
            {
                previous = rung.Level;
            }

            DueSpecChecks.Check(run, rung.After, $"{path}.after", subject);
            CheckTarget(run, task, rung, path, subject);
        }
    }

    private static void CheckTarget(ValidationRun run, TaskDefinition task, EscalationRung rung, string path, string subject)
    {
        var agencies = run.Context.Agencies;
        var target = rung.Target;
        if (target.Agency is { } named && !agencies.ContainsKey(named))
        {
            run.Add(
                Codes.EscalationUnknownAgency,
                $"{path}.target.agency",
                $"{subject} goes to agency '{named}', which is not a known agency. Check the key against the agency list.");
            return;
        }

        var agency = target.Agency ?? task.Owner.Agency;
        if (agency is not null && agencies.TryGetValue(agency, out var roles))
        {
            if (!roles.Contains(target.Role))
            {
                run.Add(
                    Codes.EscalationUnknownRole,
                    $"{path}.target.role",
                    $"{subject} goes to role '{target.Role}', which agency '{agency}' does not have. Use one of its roles: {ValidationRun.List(roles)}.");
            }
        }
        else if (agency is null && !agencies.Values.Any(r => r.Contains(target.Role)))
        {
            run.Add(
                Codes.EscalationUnknownRole,
                $"{path}.target.role",
                $"{subject} goes to role '{target.Role}', which no agency has. Check the role's key.");
        }
    }
}
