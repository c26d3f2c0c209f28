using Stateless;

namespace WorkflowEngine.Core.Tasks;

/// <summary>
/// The life of a task as a Stateless machine whose state lives on the <see cref="CaseTask"/>:
/// open → claimed → completed, with escalation, reassignment and cancellation on the way.
/// </summary>
internal static class TaskLifecycle
{
    [ThreadStatic]
    private static PointedMachine? t_machine;

    /// <summary>Fires a trigger on the task, or explains why the task's state does not allow it.</summary>
    /// <returns>Null when fired; otherwise a sentence naming the state and the permitted actions.</returns>
    public static string? TryFire(CaseTask task, TaskTrigger trigger)
    {
        // The configured machine is reused per thread and pointed at the task, so a command does
        // not rebuild the same five-state configuration for every task it touches. Firing is
        // synchronous, so nothing else runs on this thread between pointing and firing.
        var pointed = t_machine ??= new PointedMachine();
        pointed.Task = task;
        pointed.Refused = false;
        try
        {
            // One lookup: a trigger the state does not permit is reported, not thrown.
            pointed.Machine.Fire(trigger);
            return pointed.Refused ? Refusal(pointed.Machine, task, trigger) : null;
        }
        finally
        {
            pointed.Task = null;
        }
    }

    private static string Refusal(StateMachine<CaseTaskStatus, TaskTrigger> machine, CaseTask task, TaskTrigger trigger)
    {
        var permitted = Enum.GetValues<TaskTrigger>().Where(t => machine.CanFire(t)).Select(Describe).ToList();
        var allowed = permitted.Count == 0 ? "nothing more can be done with it" : "it can only be " + string.Join(", ", permitted);
        return $"Task '{task.TaskKey}' is {Describe(task)}, so it cannot be {Describe(trigger)}; {allowed}.";
    }

    private static StateMachine<CaseTaskStatus, TaskTrigger> Create(CaseTask task) =>
        Configure(new StateMachine<CaseTaskStatus, TaskTrigger>(() => task.Status, s => task.Status = s), () => task);

    private static StateMachine<CaseTaskStatus, TaskTrigger> Configure(StateMachine<CaseTaskStatus, TaskTrigger> machine, Func<CaseTask?> current)
    {
        bool Held() => current()?.AssignedTo is not null;

        machine.Configure(CaseTaskStatus.Open)
            .Permit(TaskTrigger.Claim, CaseTaskStatus.Claimed)
            .Permit(TaskTrigger.Complete, CaseTaskStatus.Completed)
            .Permit(TaskTrigger.Escalate, CaseTaskStatus.Escalated)
            .PermitReentry(TaskTrigger.Reassign)
            .Permit(TaskTrigger.Cancel, CaseTaskStatus.Cancelled);

        machine.Configure(CaseTaskStatus.Claimed)
            .Permit(TaskTrigger.Release, CaseTaskStatus.Open)
            .Permit(TaskTrigger.Complete, CaseTaskStatus.Completed)
            .Permit(TaskTrigger.Escalate, CaseTaskStatus.Escalated)
            .Permit(TaskTrigger.Reassign, CaseTaskStatus.Open)
            .Permit(TaskTrigger.Cancel, CaseTaskStatus.Cancelled);

        // An escalated task stays escalated while people work it, until it is done; as for an open or
        // claimed task, only a task nobody holds can be claimed and only a held one released.
        machine.Configure(CaseTaskStatus.Escalated)
            .PermitReentryIf(TaskTrigger.Claim, () => !Held(), "nobody holds it")
            .PermitReentryIf(TaskTrigger.Release, Held, "someone holds it")
            .PermitReentry(TaskTrigger.Escalate)
            .PermitReentry(TaskTrigger.Reassign)
            .Permit(TaskTrigger.Complete, CaseTaskStatus.Completed)
            .Permit(TaskTrigger.Cancel, CaseTaskStatus.Cancelled);

        machine.Configure(CaseTaskStatus.Completed);
        machine.Configure(CaseTaskStatus.Cancelled);
        return machine;
    }

    /// <summary>One configured machine whose state is that of whichever task it points at.</summary>
    private sealed class PointedMachine
    {
        // Stateless reads the state once while constructing, before any task is pointed at.
        public PointedMachine()
        {
            Machine = Configure(new StateMachine<CaseTaskStatus, TaskTrigger>(() => Task?.Status ?? CaseTaskStatus.Open, s => Task!.Status = s), () => Task);
            Machine.OnUnhandledTrigger((_, _) => Refused = true);
        }

        public CaseTask? Task { get; set; }

        /// <summary>Set when the last trigger fired was not permitted in the task's state.</summary>
        public bool Refused { get; set; }

        public StateMachine<CaseTaskStatus, TaskTrigger> Machine { get; }
    }

    private static string Describe(CaseTask task) => task.Status == CaseTaskStatus.Escalated
        ? $"escalated and {task.AssignedTo ?? "nobody"} holds it"
        : Describe(task.Status);

    private static string Describe(CaseTaskStatus status) => status switch
    {
        CaseTaskStatus.Open => "open",
        CaseTaskStatus.Claimed => "claimed",
        CaseTaskStatus.Escalated => "escalated",
        CaseTaskStatus.Completed => "already completed",
        CaseTaskStatus.Cancelled => "cancelled",
        _ => status.ToString(),
    };

    private static string Describe(TaskTrigger trigger) => trigger switch
    {
        TaskTrigger.Claim => "claimed",
        TaskTrigger.Release => "released",
        TaskTrigger.Complete => "completed",
        TaskTrigger.Escalate => "escalated",
        TaskTrigger.Reassign => "reassigned",
        TaskTrigger.Cancel => "cancelled",
        _ => trigger.ToString(),
    };
}
