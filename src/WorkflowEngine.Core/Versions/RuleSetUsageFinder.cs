using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Versions;

/// <summary>Finds where the published workflows use a rule set: stage decisions, task owners and transition guards.</summary>
public static class RuleSetUsageFinder
{
    /// <summary>Every stage decision, task owner and transition guard in the workflows that reads the rule set.</summary>
    /// <param name="ruleSet">The rule set's key.</param>
    /// <param name="publishedWorkflows">The workflow versions to look in.</param>
    public static IReadOnlyList<RuleSetUsage> Find(string ruleSet, IEnumerable<StoredDocument> publishedWorkflows)
    {
        var usages = new List<RuleSetUsage>();
        foreach (var stored in publishedWorkflows.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            if (WorkflowDefinitionReader.Read(stored.Content).Definition is not { } workflow)
            {
                continue;
            }

            var stageNames = workflow.Stages.ToDictionary(s => s.Key, s => s.Name, StringComparer.Ordinal);
            RuleSetUsage Usage(string kind, StageDefinition stage, TaskDefinition? task, TransitionDefinition? guarded, IReadOnlyList<DecisionRoute> routes) =>
                new(workflow.Key, workflow.Name, stored.Version, kind, stage.Key, stage.Name, task?.Key, task?.Title, guarded?.Key,
                    kind == "decision" ? stage.Decision?.ResultFact : null, routes);
            DecisionRoute Route(TransitionDefinition t) => new(t.Decision ?? "", t.Key, t.To, stageNames.GetValueOrDefault(t.To, t.To), t.Label);

            foreach (var stage in workflow.Stages)
            {
                if (stage.Decision?.RuleSet == ruleSet)
                {
                    usages.Add(Usage("decision", stage, null, null,
                        [.. stage.Transitions.Where(t => t.Trigger == TransitionTrigger.Decision && t.Decision is not null).Select(Route)]));
                }

                usages.AddRange(stage.Tasks.Where(t => t.Owner.RuleSet == ruleSet).Select(task => Usage("owner", stage, task, null, [])));
                usages.AddRange(stage.Transitions.Where(t => t.Guard == ruleSet).Select(t => Usage("guard", stage, null, t, [Route(t)])));
                usages.AddRange(stage.Tasks.Where(t => t.Outcomes.Any(o => o.Guard == ruleSet)).Select(task => Usage("guard", stage, task, null, [])));
            }
        }

        return usages;
    }
}
