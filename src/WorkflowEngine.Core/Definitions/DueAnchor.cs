namespace WorkflowEngine.Core.Definitions;

/// <summary>The instant a due time is counted from.</summary>
public enum DueAnchor
{
    /// <summary>When the task (or timer) was created.</summary>
    TaskCreated,

    /// <summary>When the case was opened (the contact was received), e.g. assessment in 45 working days of referral.</summary>
    CaseOpened,

    /// <summary>When the case entered the current stage.</summary>
    StageEntered,
}
