namespace WorkflowEngine.Core.Versions;

/// <summary>What was done to a version, as its history records it.</summary>
public enum VersionAction
{
    /// <summary>Published: a workflow starts new cases on it; a rule set decides with it.</summary>
    Published,

    /// <summary>Retired: it starts no new cases and decides nothing new.</summary>
    Retired,

    /// <summary>A draft submitted for a second lead's approval (four-eyes publishing), with the reason for the change.</summary>
    Submitted,

    /// <summary>A submitted draft approved by a second lead, and so published in the same step.</summary>
    Approved,

    /// <summary>A submitted draft sent back to draft by a second lead, with a note saying why.</summary>
    SentBack,
}
