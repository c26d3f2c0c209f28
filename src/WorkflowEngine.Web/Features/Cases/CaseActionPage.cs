using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Web.Features.Cases;

/// <summary>A form that acts on a case (start a track, move, close, escalate, note, document), with what was typed.</summary>
public sealed record CaseActionPage
{
    /// <summary>The case.</summary>
    public required Guid CaseId { get; init; }

    /// <summary>The case reference.</summary>
    public required string Reference { get; init; }

    /// <summary>The child's name.</summary>
    public required string ChildName { get; init; }

    /// <summary>What was posted, by field name, so a refused form shows it again.</summary>
    public IReadOnlyDictionary<string, string> Posted { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The choices of the form's first question (tracks, open tasks, note types).</summary>
    public IReadOnlyList<ChoiceOption> Choices { get; init; } = [];

    /// <summary>For a move: the transition's key and label.</summary>
    public (string Key, string Label)? Transition { get; init; }

    /// <summary>For closing: how many open tasks closing cancels.</summary>
    public int OpenTasks { get; init; }

    /// <summary>A refusal of the whole form (the case changed or closed meanwhile), shown above it.</summary>
    public string? Problem { get; init; }

    /// <summary>The value posted under a name, or empty.</summary>
    public string Value(string name) => Posted.TryGetValue(name, out var value) ? value : string.Empty;

    /// <summary>The case page's address.</summary>
    public string CasePath => $"/cases/{CaseId}";
}
