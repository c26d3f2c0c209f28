namespace WorkflowEngine.Core.Panels;

/// <summary>Where a panel sitting's minutes stand.</summary>
public enum SittingStatus
{
    /// <summary>The agenda is being built or the sitting recorded; everything can still change.</summary>
    Open,

    /// <summary>The chair confirmed the minutes: they are locked, and later corrections are new entries.</summary>
    Confirmed,
}
