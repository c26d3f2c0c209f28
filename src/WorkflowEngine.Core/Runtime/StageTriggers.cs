using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Runtime;

/// <summary>Names the Stateless triggers of a stage machine, and turns them back into words for people.</summary>
internal static class StageTriggers
{
    public const string AllTasksDone = "all-tasks-done";
    public const string AnyTaskDone = "any-task-done";

    public static string Outcome(string task, string outcome) => $"outcome:{task}:{outcome}";

    public static string Decision(string value) => $"decision:{value}";

    public static string Timer(string transitionKey) => $"timer:{transitionKey}";

    public static string Manual(string transitionKey) => $"manual:{transitionKey}";

    public static string For(TransitionDefinition transition) => transition.Trigger switch
    {
        TransitionTrigger.Outcome => Outcome(transition.Task!, transition.Outcome!),
        TransitionTrigger.Decision => Decision(transition.Decision!),
        TransitionTrigger.AllTasksDone => AllTasksDone,
        TransitionTrigger.AnyTaskDone => AnyTaskDone,
        TransitionTrigger.Timer => Timer(transition.Key),
        TransitionTrigger.Manual => Manual(transition.Key),
        _ => throw new ArgumentOutOfRangeException(nameof(transition), transition.Trigger, "Unknown trigger."),
    };

    public static string Describe(string trigger)
    {
        var parts = trigger.Split(':');
        return parts[0] switch
        {
            "outcome" => $"completing task '{parts[1]}' with outcome '{parts[2]}'",
            "decision" => $"a rule-set decision of '{parts[1]}'",
            "timer" => $"the timer '{parts[1]}'",
            "manual" => $"moving the case by hand ('{parts[1]}')",
            AllTasksDone => "all tasks being done",
            AnyTaskDone => "any task being done",
            _ => trigger,
        };
    }
}
