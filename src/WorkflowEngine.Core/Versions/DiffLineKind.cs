namespace WorkflowEngine.Core.Versions;

/// <summary>Whether a line of a <see cref="LineDiff"/> is in both texts, only the first or only the second.</summary>
public enum DiffLineKind
{
    /// <summary>In both.</summary>
    Kept,

    /// <summary>Only in the first (the published version).</summary>
    Removed,

    /// <summary>Only in the second (the file).</summary>
    Added,
}
