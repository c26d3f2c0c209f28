namespace WorkflowEngine.Web.Features.Cases;

/// <summary>Where a case is against one stage of its workflow.</summary>
public enum StageProgress
{
    /// <summary>The case has not been in this stage.</summary>
    NotReached,

    /// <summary>The case has been through this stage.</summary>
    Done,

    /// <summary>The case is in this stage now.</summary>
    Current,
}
