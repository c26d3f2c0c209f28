namespace WorkflowEngine.Core.Definitions;

/// <summary>
/// A decision between a stage's exits made by a rule set. The first rule that succeeds (in file
/// order) names, in its <c>SuccessEvent</c>, the decision value a transition waits for; when no
/// rule succeeds the decision is <see cref="Otherwise"/>.
/// </summary>
public sealed record StageDecision
{
    /// <summary>The decision value used when no rule succeeds.</summary>
    public const string Otherwise = "otherwise";

    /// <summary>Key of the rule set that decides.</summary>
    public required string RuleSet { get; init; }

    /// <summary>Whether the decision waits for all of the stage's tasks or the first one done.</summary>
    public TaskJoin When { get; init; } = TaskJoin.AllTasksDone;

    /// <summary>
    /// Optional case fact that receives the fired rule's output (its OnSuccess OutputExpression),
    /// e.g. <c>riskLevel</c>.
    /// </summary>
    public string? ResultFact { get; init; }
}
