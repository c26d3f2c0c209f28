namespace WorkflowEngine.Core.Escalation;

/// <summary>Where an escalation is.</summary>
public enum EscalationStatus
{
    /// <summary>Raised; nobody has picked it up yet.</summary>
    Open,

    /// <summary>A manager has seen it and is dealing with it.</summary>
    Acknowledged,

    /// <summary>Dealt with: by a manager's note, by a higher rung, or because the task ended.</summary>
    Resolved,
}
