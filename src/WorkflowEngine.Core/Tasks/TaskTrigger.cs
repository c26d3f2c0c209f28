namespace WorkflowEngine.Core.Tasks;

/// <summary>What can happen to a task.</summary>
public enum TaskTrigger
{
    /// <summary>A person takes the task.</summary>
    Claim,

    /// <summary>The person gives the task back to the agency's queue.</summary>
    Release,

    /// <summary>The task is done with an outcome.</summary>
    Complete,

    /// <summary>The task ran out of time or someone raised a concern about it.</summary>
    Escalate,

    /// <summary>A manager gives the task to another person, team or agency.</summary>
    Reassign,

    /// <summary>The task is no longer needed.</summary>
    Cancel,
}
