using System.Text;
using System.Text.RegularExpressions;

namespace WorkflowEngine.Core.Definitions;

/// <summary>
/// Draws a workflow as a Mermaid <c>stateDiagram-v2</c>: stages as states, transitions as labelled
/// edges, linked workflows a stage starts as notes. The output is the same for the same definition,
/// so it can be checked into docs and compared in tests.
/// </summary>
public static partial class MermaidExporter
{
    private const string Indent = "    ";
    private const string HighlightClass = "current";

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "end", "state", "note", "direction", "class", "classDef", "style", "as", "left", "right", "of",
    };

    /// <summary>Exports the definition as Mermaid text.</summary>
    /// <param name="definition">The workflow to draw.</param>
    /// <param name="highlightStage">Key of a stage to pick out, e.g. the one a case is in; null for none.</param>
    /// <exception cref="ArgumentException">The stage to highlight is not in the workflow.</exception>
    public static string Export(WorkflowDefinition definition, string? highlightStage = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var ids = StateIds(definition);
        if (highlightStage is not null && !ids.ContainsKey(highlightStage))
        {
            throw new ArgumentException($"Stage '{highlightStage}' is not a stage of workflow '{definition.Key}'.", nameof(highlightStage));
        }

        var lines = new List<string> { "stateDiagram-v2" };
        foreach (var stage in definition.Stages.DistinctBy(s => s.Key))
        {
            lines.Add($"{Indent}state \"{Label(stage.Name)}\" as {ids[stage.Key]}");
        }

        if (ids.TryGetValue(definition.StartStage, out var start))
        {
            lines.Add($"{Indent}[*] --> {start}");
        }

        foreach (var stage in definition.Stages.DistinctBy(s => s.Key))
        {
            foreach (var transition in stage.Transitions.Where(t => ids.ContainsKey(t.To)))
            {
                lines.Add($"{Indent}{ids[stage.Key]} --> {ids[transition.To]} : {Label(EdgeLabel(stage, transition))}");
            }

            if (stage.Final)
            {
                lines.Add($"{Indent}{ids[stage.Key]} --> [*]");
            }
        }

        foreach (var stage in definition.Stages.DistinctBy(s => s.Key))
        {
            var started = stage.Transitions.SelectMany(t => t.StartWorkflows).Distinct(StringComparer.Ordinal).ToList();
            if (started.Count == 0)
            {
                continue;
            }

            lines.Add($"{Indent}note right of {ids[stage.Key]}");
            lines.AddRange(started.Select(w => $"{Indent}{Indent}Starts {Label(w)}"));
            lines.Add($"{Indent}end note");
        }

        if (highlightStage is not null)
        {
            lines.Add($"{Indent}classDef {HighlightClass} fill:#ffdd00,stroke:#0b0c0c,stroke-width:3px");
            lines.Add($"{Indent}class {ids[highlightStage]} {HighlightClass}");
        }

        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    private static string EdgeLabel(StageDefinition stage, TransitionDefinition transition)
    {
        var label = transition.Trigger switch
        {
            TransitionTrigger.Outcome => stage.Tasks.FirstOrDefault(t => t.Key == transition.Task)?
                .Outcomes.FirstOrDefault(o => o.Key == transition.Outcome)?.Label
                ?? transition.Label ?? transition.Outcome ?? "outcome",
            TransitionTrigger.Decision when transition.Decision == StageDecision.Otherwise => StageDecision.Otherwise,
            TransitionTrigger.Decision => $"decision: {transition.Decision}",
            TransitionTrigger.AllTasksDone => "all tasks done",
            TransitionTrigger.AnyTaskDone => "any task done",
            TransitionTrigger.Timer => transition.After is null ? "timer" : DueText.After(transition.After),
            TransitionTrigger.Manual => transition.Label is null ? "by hand" : $"by hand: {transition.Label}",
            _ => transition.Trigger.ToString(),
        };
        return transition.Guard is null ? label : $"{label} [guard: {transition.Guard}]";
    }

    // Mermaid ids allow letters, digits and underscores; keywords and clashes get a suffix.
    private static Dictionary<string, string> StateIds(WorkflowDefinition definition)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in definition.Stages)
        {
            if (ids.ContainsKey(stage.Key))
            {
                continue;
            }

            var id = NotIdChar().Replace(stage.Key, "_");
            if (id.Length == 0 || !char.IsAsciiLetter(id[0]) || Reserved.Contains(id))
            {
                id = "s_" + id;
            }

            var unique = id;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = $"{id}_{n}";
            }

            ids[stage.Key] = unique;
        }

        return ids;
    }

    // Quotes would end a state label, and a semicolon or newline would end the statement.
    private static string Label(string text) =>
        text.Replace('"', '\'').Replace(';', ',').Replace('\r', ' ').Replace('\n', ' ');

    [GeneratedRegex("[^A-Za-z0-9_]", RegexOptions.CultureInvariant)]
    private static partial Regex NotIdChar();
}
