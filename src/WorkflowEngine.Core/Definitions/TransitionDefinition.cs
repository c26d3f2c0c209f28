namespace WorkflowEngine.Core.Definitions;

/// <summary>A way out of a stage.</summary>
public sealed record TransitionDefinition
{
    /// <summary>Stable kebab-case key, unique within the stage.</summary>
    public required string Key { get; init; }

    /// <summary>Key of the stage the case moves to.</summary>
    public required string To { get; init; }

    /// <summary>What fires the transition.</summary>
    public required TransitionTrigger Trigger { get; init; }

    /// <summary>For <see cref="TransitionTrigger.Outcome"/>: the task whose outcome fires it.</summary>
    public string? Task { get; init; }

    /// <summary>For <see cref="TransitionTrigger.Outcome"/>: the outcome key.</summary>
    public string? Outcome { get; init; }

    /// <summary>For <see cref="TransitionTrigger.Decision"/>: the decision value (a rule's SuccessEvent, or "otherwise").</summary>
    public string? Decision { get; init; }

    /// <summary>For <see cref="TransitionTrigger.Timer"/>: how long after entering the stage it fires.</summary>
    public DueSpec? After { get; init; }

    /// <summary>Optional guard: a rule set whose rules must all succeed for the transition to be allowed.</summary>
    public string? Guard { get; init; }

    /// <summary>Label shown to people, e.g. on a manual move button or a diagram edge.</summary>
    public string? Label { get; init; }

    /// <summary>Keys of linked workflows to start for the same child when the transition fires.</summary>
    public IReadOnlyList<string> StartWorkflows { get; init; } = [];
}
