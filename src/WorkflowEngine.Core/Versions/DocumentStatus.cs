namespace WorkflowEngine.Core.Versions;

/// <summary>The life of a document version.</summary>
public enum DocumentStatus
{
    /// <summary>Being edited; never used by cases.</summary>
    Draft,

    /// <summary>In use: the highest published version starts new cases; older ones keep running theirs.</summary>
    Published,

    /// <summary>Starts no new cases; running cases on it carry on.</summary>
    Retired,
}
