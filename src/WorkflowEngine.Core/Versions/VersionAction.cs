namespace WorkflowEngine.Core.Versions;

/// <summary>What was done to a version, as its history records it.</summary>
public enum VersionAction
{
    /// <summary>Published: a workflow starts new cases on it; a rule set decides with it.</summary>
    Published,

    /// <summary>Retired: it starts no new cases and decides nothing new.</summary>
    Retired,
}
