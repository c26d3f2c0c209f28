namespace WorkflowEngine.Core.Definitions;

/// <summary>A stage of a workflow: the tasks it creates on entry and the ways out of it.</summary>
public sealed record StageDefinition
{
    /// <summary>Stable kebab-case key, unique within the workflow.</summary>
    public required string Key { get; init; }

    /// <summary>Name shown to people.</summary>
    public required string Name { get; init; }

    /// <summary>What happens in this stage.</summary>
    public string? Description { get; init; }

    /// <summary>A final stage closes the case when entered and needs no way out.</summary>
    public bool Final { get; init; }

    /// <summary>Tasks created when the case enters the stage.</summary>
    public IReadOnlyList<TaskDefinition> Tasks { get; init; } = [];

    /// <summary>
    /// A rule-set decision taken when the stage's tasks are done (all or any); taken on entry
    /// when the stage has no tasks. Its result picks a <see cref="TransitionTrigger.Decision"/> transition.
    /// </summary>
    public StageDecision? Decision { get; init; }

    /// <summary>The ways out of the stage.</summary>
    public IReadOnlyList<TransitionDefinition> Transitions { get; init; } = [];
}
