namespace WorkflowEngine.Core.Definitions;

/// <summary>How many of a stage's tasks must be done before a join fires.</summary>
public enum TaskJoin
{
    /// <summary>Every task of the stage visit is completed or cancelled.</summary>
    AllTasksDone,

    /// <summary>At least one task of the stage visit is completed.</summary>
    AnyTaskDone,
}
