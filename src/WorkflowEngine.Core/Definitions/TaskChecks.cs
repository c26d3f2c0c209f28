using Codes = WorkflowEngine.Core.Definitions.DefinitionErrorCodes;

namespace WorkflowEngine.Core.Definitions;

/// <summary>Checks of one task: its owner, due time, outcomes, form and escalation ladder.</summary>
internal static class TaskChecks
{
    public static void Check(ValidationRun run, TaskDefinition task, string path)
    {
        CheckOwner(run, task, path);
        DueSpecChecks.Check(run, task.Due, $"{path}.due", $"The due time of task '{task.Key}'");

        if (task.Outcomes.Count == 0)
        {
            run.Add(Codes.TaskNoOutcomes, $"{path}.outcomes", $"Task '{task.Key}' has no outcomes, so it could never be completed. Add at least one outcome.");
        }

        var outcomeKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var o = 0; o < task.Outcomes.Count; o++)
        {
            if (!outcomeKeys.Add(task.Outcomes[o].Key))
            {
                run.Add(
                    Codes.OutcomeDuplicateKey,
                    $"{path}.outcomes[{o}].key",
                    $"Task '{task.Key}' has two outcomes with the key '{task.Outcomes[o].Key}'. Give each outcome a key of its own.");
            }

            if (task.Outcomes[o].Guard is { } guard && !run.Context.RuleSets.Contains(guard))
            {
                run.Add(
                    Codes.OutcomeUnknownGuard,
                    $"{path}.outcomes[{o}].guard",
                    $"Outcome '{task.Outcomes[o].Key}' of task '{task.Key}' is guarded by rule set '{guard}', which is not published. Publish the rule set first, or choose another.");
            }
        }

        CheckSignOff(run, task, path);
        FormChecks.Check(run, task, path);
        if (task.TellAgencyIn is { } tell
            && !task.Form.Any(f => f.Key == tell && f.Type == FormFieldType.Choice && f.ChoiceList == DefinitionValidationContext.AgenciesList))
        {
            run.Add(
                Codes.TaskTellAgencyField,
                $"{path}.tellAgencyIn",
                $"Task '{task.Key}' tells the agency in '{tell}', which is not one of its form fields choosing from the 'agencies' list. Name such a field, or remove tellAgencyIn.");
        }
        EscalationChecks.Check(run, task, path);
    }

    // A sign-off by an agency the partnership does not have could never be given, so the outcome could never be chosen.
    private static void CheckSignOff(ValidationRun run, TaskDefinition task, string path)
    {
        for (var o = 0; o < task.Outcomes.Count; o++)
        {
            var signOff = task.Outcomes[o].SignOff;
            for (var a = 0; a < signOff.Count; a++)
            {
                if (!run.Context.Agencies.ContainsKey(signOff[a]))
                {
                    run.Add(
                        Codes.OutcomeUnknownSignOffAgency,
                        $"{path}.outcomes[{o}].signOff[{a}]",
                        $"Outcome '{task.Outcomes[o].Key}' of task '{task.Key}' needs sign-off by '{signOff[a]}', which is not an agency of the partnership. Choose agencies from the agency list.");
                }
            }
        }
    }

    private static void CheckOwner(ValidationRun run, TaskDefinition task, string path)
    {
        var owner = task.Owner;
        var ownerPath = $"{path}.owner";
        var kinds = (owner.Agency is null ? 0 : 1) + (owner.RuleSet is null ? 0 : 1) + (owner.ForEachAgencyIn is null ? 0 : 1);
        if (kinds != 1)
        {
            run.Add(
                Codes.OwnerKind,
                ownerPath,
                $"Task '{task.Key}' must name its owner in exactly one way: an agency, a rule set, or a case fact listing agencies.");
        }

        var agencies = run.Context.Agencies;
        if (owner.Agency is { } agency && !agencies.ContainsKey(agency))
        {
            run.Add(
                Codes.OwnerUnknownAgency,
                $"{ownerPath}.agency",
                $"Task '{task.Key}' is owned by agency '{agency}', which is not a known agency. Check the key against the agency list.");
        }

        if (owner.RuleSet is { } ruleSet && !run.Context.RuleSets.Contains(ruleSet))
        {
            run.Add(
                Codes.OwnerUnknownRuleSet,
                $"{ownerPath}.ruleSet",
                $"Task '{task.Key}' picks its owner with rule set '{ruleSet}', which is not a known rule set. Check the key, or create the rule set first.");
        }

        if (owner.Role is not { } role)
        {
            return;
        }

        if (owner.Agency is { } fixedAgency && agencies.TryGetValue(fixedAgency, out var roles))
        {
            if (!roles.Contains(role))
            {
                run.Add(
                    Codes.OwnerUnknownRole,
                    $"{ownerPath}.role",
                    $"Agency '{fixedAgency}' has no role '{role}', so task '{task.Key}' could never be assigned. Use one of its roles: {ValidationRun.List(roles)}.");
            }
        }
        else if (owner.Agency is null && !agencies.Values.Any(r => r.Contains(role)))
        {
            run.Add(
                Codes.OwnerUnknownRole,
                $"{ownerPath}.role",
                $"No agency has the role '{role}', so task '{task.Key}' could never be assigned. Check the role's key.");
        }
    }
}
