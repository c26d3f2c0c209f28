using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Reference;

/// <summary>Checks the conditions a reference list's entries carry, with messages naming the entry at fault.</summary>
internal static class ItemConditionChecks
{
    private const int OldestChild = 25;

    public static void Check(IReadOnlyList<ReferenceItem> items, IReadOnlySet<string> factKeys, string file, List<ValidationError> errors)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var conditions = items[i].Conditions ?? [];
            for (var c = 0; c < conditions.Count; c++)
            {
                var condition = conditions[c];
                var path = $"{file}#$.items[{i}].conditions[{c}]";
                var entry = $"In {file}, condition {c + 1} of '{items[i].Name}'";
                if (string.IsNullOrWhiteSpace(condition.Text))
                {
                    errors.Add(new("reference.condition-text", path + ".text", $"{entry} needs its text: the condition in words, shown to the person recording it."));
                }

                if (condition.Clauses.Count == 0 && !condition.Advisory)
                {
                    errors.Add(new("reference.condition-unchecked", path,
                        $"{entry} gives no way to check it (anyOf is empty), so it could never be met: give the ways it can be met, or mark it advisory so people acknowledge it."));
                }

                for (var k = 0; k < condition.Clauses.Count; k++)
                {
                    CheckClause(condition.Clauses[k], factKeys, $"{path}.anyOf[{k}]", entry, errors);
                }
            }
        }
    }

    private static void CheckClause(ConditionClause clause, IReadOnlySet<string> factKeys, string path, string entry, List<ValidationError> errors)
    {
        if (clause.ChildAgeUnder is null && clause.ChildAgeAtLeast is null && clause.Fact is null)
        {
            errors.Add(new("reference.condition-empty", path, $"{entry} has a way of meeting it with no test: give childAgeUnder, childAgeAtLeast or a fact."));
        }

        foreach (var (age, name) in new[] { (clause.ChildAgeUnder, "childAgeUnder"), (clause.ChildAgeAtLeast, "childAgeAtLeast") })
        {
            if (age is < 1 or > OldestChild)
            {
                errors.Add(new("reference.condition-age", $"{path}.{name}", $"{entry}: {name} must be an age in years from 1 to {OldestChild}."));
            }
        }

        if (clause.Fact is { } fact && !factKeys.Contains(fact))
        {
            errors.Add(new("reference.condition-fact", $"{path}.fact", $"{entry} tests '{fact}', which is not a fact in facts.json."));
        }
        else if (clause.Fact is not null && clause.Is is null)
        {
            errors.Add(new("reference.condition-value", $"{path}.is", $"{entry} tests '{clause.Fact}' but does not say the value it must have ('is')."));
        }
    }
}
