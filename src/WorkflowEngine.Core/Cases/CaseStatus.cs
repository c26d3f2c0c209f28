namespace WorkflowEngine.Core.Cases;

/// <summary>Whether a case is still being worked.</summary>
public enum CaseStatus
{
    /// <summary>The case is in a non-final stage.</summary>
    Open,

    /// <summary>The case reached a final stage or was closed by hand.</summary>
    Closed,
}
