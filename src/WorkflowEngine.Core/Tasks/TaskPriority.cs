namespace WorkflowEngine.Core.Tasks;

/// <summary>How urgently a task must be picked up; an escalation rung can raise it.</summary>
public enum TaskPriority
{
    /// <summary>Worked in due-time order.</summary>
    Normal,

    /// <summary>Raised by an escalation rung; the task page shows it to everyone who works the task.</summary>
    High,
}
