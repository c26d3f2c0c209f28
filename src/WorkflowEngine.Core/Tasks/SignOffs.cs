using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Tasks;

/// <summary>The joint sign-off rules: which agencies an outcome needs and which of them have not signed yet.</summary>
public static class SignOffs
{
    /// <summary>Every agency any outcome of the task needs a sign-off from, in the order the definition names them.</summary>
    public static IReadOnlyList<string> AgenciesFor(TaskDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return [.. definition.Outcomes.SelectMany(o => o.SignOff).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The agencies the outcome needs that have not signed the task off yet; empty when it may be chosen.</summary>
    public static IReadOnlyList<string> Missing(TaskDefinition definition, string? outcome, CaseTask task)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(task);
        var needed = definition.Outcomes.FirstOrDefault(o => o.Key == outcome)?.SignOff ?? [];
        return [.. needed.Where(a => !task.SignOffs.Any(s => s.Agency == a))];
    }
}
