namespace WorkflowEngine.Core.Cases;

/// <summary>What happened when a command's changes were saved.</summary>
public enum SaveOutcome
{
    /// <summary>Everything was written.</summary>
    Saved,

    /// <summary>Someone else changed the case or a task first; nothing was written.</summary>
    Conflict,
}
