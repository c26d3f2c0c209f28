namespace WorkflowEngine.Core.Definitions;

/// <summary>What an escalation rung does when it fires.</summary>
public enum EscalationAction
{
    /// <summary>Notify the target.</summary>
    Notify,

    /// <summary>Raise the task's priority.</summary>
    RaisePriority,

    /// <summary>Reassign the task to the target role.</summary>
    Reassign,
}
