namespace WorkflowEngine.Core.Runtime;

/// <summary>What firing a stage trigger did.</summary>
/// <param name="Stage">The stage after firing, when it moved.</param>
/// <param name="PermittedTriggers">When refused: what the stage does allow, in words.</param>
/// <param name="UnmetGuards">When refused: the guards that were not met.</param>
internal sealed record StageFireResult(string? Stage, IReadOnlyList<string> PermittedTriggers, IReadOnlyList<string> UnmetGuards)
{
    public bool Succeeded => Stage is not null;

    public static StageFireResult Moved(string stage) => new(stage, [], []);

    public static StageFireResult Refused(IReadOnlyList<string> permitted, IReadOnlyList<string> unmetGuards) => new(null, permitted, unmetGuards);
}
