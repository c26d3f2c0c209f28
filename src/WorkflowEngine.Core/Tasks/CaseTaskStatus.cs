namespace WorkflowEngine.Core.Tasks;

/// <summary>Where a task is in its life.</summary>
public enum CaseTaskStatus
{
    /// <summary>Waiting for someone in the owning agency to take it.</summary>
    Open,

    /// <summary>Taken by a named person.</summary>
    Claimed,

    /// <summary>Past its due time and escalated; still workable.</summary>
    Escalated,

    /// <summary>Done, with an outcome.</summary>
    Completed,

    /// <summary>No longer needed, with a reason.</summary>
    Cancelled,
}
