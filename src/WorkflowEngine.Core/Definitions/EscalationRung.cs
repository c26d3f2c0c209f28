namespace WorkflowEngine.Core.Definitions;

/// <summary>One rung of a task's escalation ladder.</summary>
public sealed record EscalationRung
{
    /// <summary>1 practitioner/team manager, 2 agency manager, 3 agency safeguarding lead, 4 partnership chair.</summary>
    public required int Level { get; init; }

    /// <summary>How long after the task falls due (level 1) or after the previous rung (higher levels) this rung fires.</summary>
    public required DueSpec After { get; init; }

    /// <summary>Who the escalation goes to.</summary>
    public required EscalationTarget Target { get; init; }

    /// <summary>What happens when the rung fires.</summary>
    public IReadOnlyList<EscalationAction> Actions { get; init; } = [EscalationAction.Notify];
}
