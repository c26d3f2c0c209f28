namespace WorkflowEngine.Core.Definitions;

/// <summary>What fires a transition.</summary>
public enum TransitionTrigger
{
    /// <summary>A named task completed with a named outcome.</summary>
    Outcome,

    /// <summary>The stage's rule-set decision returned this transition's decision value.</summary>
    Decision,

    /// <summary>All of the stage's tasks are done (no rule set involved).</summary>
    AllTasksDone,

    /// <summary>Any one of the stage's tasks is done.</summary>
    AnyTaskDone,

    /// <summary>A timer: a set time after entering the stage.</summary>
    Timer,

    /// <summary>A person moves the case by hand, giving a reason.</summary>
    Manual,
}
