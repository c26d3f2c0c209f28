namespace WorkflowEngine.Core.Measures;

/// <summary>What a rebuild of one case's measure records did.</summary>
public enum MeasureRebuild
{
    /// <summary>The case's measure records were replaced by a full projection of the case.</summary>
    Rebuilt,

    /// <summary>There is no such case.</summary>
    CaseNotFound,

    /// <summary>The workflow version the case runs on is not stored, so its calendar is unknown; nothing was written.</summary>
    WorkflowNotFound,

    /// <summary>The case kept changing while it was being rebuilt; nothing was written.</summary>
    Conflict,
}
