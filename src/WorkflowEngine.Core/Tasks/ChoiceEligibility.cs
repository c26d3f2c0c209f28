using System.Text.Json.Nodes;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Tasks;

/// <summary>
/// Checks the list entries chosen on a task's form against the conditions the taxonomy gives them
/// (a measure's legal conditions). A condition not met refuses the answer with the condition in
/// words; an advisory one needs the person's acknowledgement, which the caller journals.
/// </summary>
public static class ChoiceEligibility
{
    /// <summary>The error code when an entry's condition is not met.</summary>
    public const string NotMetCode = "form.condition-not-met";

    /// <summary>The error code when an advisory condition is not met and was not acknowledged.</summary>
    public const string UnacknowledgedCode = "form.warning-not-acknowledged";

    /// <summary>Every condition of every chosen entry that the case does not meet.</summary>
    /// <param name="task">The task whose form was answered.</param>
    /// <param name="data">The answers.</param>
    /// <param name="reference">The reference lists.</param>
    /// <param name="childBorn">The child's date of birth, when known.</param>
    /// <param name="facts">The case's facts before these answers (the answers are laid over them).</param>
    /// <param name="today">The local date it is recorded on, for the child's age.</param>
    public static IReadOnlyList<UnmetCondition> Unmet(TaskDefinition task, JsonObject data, ReferenceData reference, DateOnly? childBorn, JsonObject facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(reference);
        var unmet = new List<UnmetCondition>();
        foreach (var field in task.Form.Where(f => f.ChoiceList is not null))
        {
            var items = (reference.GetChoiceList(field.ChoiceList!) ?? []).ToDictionary(i => i.Key, StringComparer.Ordinal);
            foreach (var chosen in Chosen(data[field.Key]))
            {
                if (!items.TryGetValue(chosen, out var item))
                {
                    continue;
                }

                foreach (var condition in item.Conditions ?? [])
                {
                    var (met, why) = Meets(condition, childBorn, facts, data, today);
                    if (!met)
                    {
                        unmet.Add(new(field.Key, item, condition, why));
                    }
                }
            }
        }

        return unmet;
    }

    /// <summary>
    /// The errors for unmet conditions: a refusal for each that is not advisory, and for each advisory
    /// one whose entry the person has not acknowledged.
    /// </summary>
    public static IReadOnlyList<ValidationError> Errors(IReadOnlyList<UnmetCondition> unmet, IReadOnlyCollection<string> acknowledged)
    {
        ArgumentNullException.ThrowIfNull(unmet);
        ArgumentNullException.ThrowIfNull(acknowledged);
        return [.. unmet
            .Where(u => !u.Condition.Advisory || !acknowledged.Contains(u.Item.Key))
            .Select(u => u.Condition.Advisory
                ? new ValidationError(UnacknowledgedCode, $"$.data.{u.Field}",
                    $"'{u.Item.Name}': {Describe(u)} Confirm you have checked this to record it anyway.")
                : new ValidationError(NotMetCode, $"$.data.{u.Field}",
                    $"'{u.Item.Name}' cannot be recorded for this child: {Describe(u)}"))];
    }

    /// <summary>The condition in words, with what the case lacks.</summary>
    public static string Describe(UnmetCondition unmet)
    {
        ArgumentNullException.ThrowIfNull(unmet);
        var text = unmet.Condition.Text.TrimEnd();
        text = text.EndsWith('.') ? text : text + ".";
        return unmet.Why is null ? text : $"{text} ({unmet.Why}.)";
    }

    private static IEnumerable<string> Chosen(JsonNode? value) => value switch
    {
        JsonArray array => array.Select(i => i?.ToString()).OfType<string>(),
        JsonValue single when single.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    private static (bool Met, string? Why) Meets(ItemCondition condition, DateOnly? childBorn, JsonObject facts, JsonObject data, DateOnly today)
    {
        if (condition.Clauses.Count == 0)
        {
            return (false, null);
        }

        string? why = null;
        foreach (var clause in condition.Clauses)
        {
            var (met, lacking) = Meets(clause, childBorn, facts, data, today);
            if (met)
            {
                return (true, null);
            }

            why ??= lacking;
        }

        return (false, why);
    }

    private static (bool Met, string? Why) Meets(ConditionClause clause, DateOnly? childBorn, JsonObject facts, JsonObject data, DateOnly today)
    {
        if (clause.ChildAgeUnder is not null || clause.ChildAgeAtLeast is not null)
        {
            if (childBorn is not { } born)
            {
                return (false, "the child's date of birth is not recorded");
            }

            var age = AgeOn(born, today);
            if (age >= clause.ChildAgeUnder || age < clause.ChildAgeAtLeast)
            {
                return (false, null);
            }
        }

        if (clause.Fact is { } fact)
        {
            var value = data[fact] ?? facts[fact];
            if (value is null)
            {
                return (false, $"'{fact}' is not recorded on the case");
            }

            if (!JsonNode.DeepEquals(value, clause.Is))
            {
                return (false, null);
            }
        }

        return (true, null);
    }

    /// <summary>Whole years from the date of birth to the day (a child born on 29 February turns a year older on 1 March).</summary>
    public static int AgeOn(DateOnly born, DateOnly day)
    {
        var age = day.Year - born.Year;
        var year = born.Year + age;
        var birthday = born is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year) ? new DateOnly(year, 3, 1) : born.AddYears(age);
        return birthday > day ? age - 1 : age;
    }
}
