using System.Text.Json.Nodes;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Runtime;

/// <content>A task's life on the case: created, claimed, released, completed, cancelled, reassigned, extended, reminded, overdue, signed off, handed over.</content>
internal sealed partial class Case
{
    /// <summary>Creates a task of the current stage visit for an agency, journalled.</summary>
    public CaseTask CreateTask(Definitions.TaskDefinition definition, string agency, DateTimeOffset dueAt)
    {
        var task = new CaseTask
        {
            Id = Guid.CreateVersion7(Now),
            CaseId = State.Id,
            StageKey = State.StageKey,
            StageVisit = State.StageVisit,
            TaskKey = definition.Key,
            Title = definition.Title,
            Agency = agency,
            Role = definition.Owner.Role,
            Status = CaseTaskStatus.Open,
            CreatedAt = Now,
            DueAt = dueAt,
        };
        State.Tasks.Add(task);
        _addedTasks.Add(task);
        Record("task.created", new JsonObject
        {
            ["taskId"] = task.Id.ToString(), ["task"] = task.TaskKey, ["title"] = task.Title, ["agency"] = agency, ["role"] = task.Role, ["dueAt"] = dueAt,
        });
        return task;
    }

    /// <summary>A person takes the task; a colleague's task taken over is journalled with whom it was taken from.</summary>
    public CommandResult<CaseState>? Claim(CaseTask task, string person)
    {
        var previous = task.AssignedTo is { } holder && holder != person ? holder : null;
        if (Fire(task, TaskTrigger.Claim) is { } refused)
        {
            return refused;
        }

        task.AssignedTo = person;
        var data = TaskData(task);
        if (previous is not null)
        {
            data["takenOverFrom"] = previous;
        }

        Record("task.claimed", data);
        return null;
    }

    /// <summary>The person holding the task gives it back to the agency's queue.</summary>
    public CommandResult<CaseState>? Release(CaseTask task)
    {
        if (Fire(task, TaskTrigger.Release) is { } refused)
        {
            return refused;
        }

        task.AssignedTo = null;
        Record("task.released", TaskData(task));
        return null;
    }

    /// <summary>
    /// Completes the task with its outcome and data (already validated against its form): live
    /// escalations close, the answers become case facts, and <c>task.completed</c> is journalled.
    /// </summary>
    public CommandResult<CaseState>? Complete(CaseTask task, Definitions.TaskDefinition definition, string outcome, JsonObject data, string person)
    {
        if (Fire(task, TaskTrigger.Complete) is { } refused)
        {
            return refused;
        }

        task.Outcome = outcome;
        task.Data = (JsonObject)data.DeepClone();
        task.AssignedTo ??= person;
        task.ClosedAt = Now;
        task.ClosedBy = person;
        ResolveLiveEscalations(task, "The task was completed.", person);
        CaseFacts.Merge(State.Facts, definition, data);
        return null;
    }

    /// <summary>Journals a completion once its guard passed: the outcome and the data as given.</summary>
    public void RecordCompletion(CaseTask task, JsonObject data)
    {
        var entry = TaskData(task);
        entry["outcome"] = task.Outcome;
        entry["data"] = data.DeepClone();
        Record("task.completed", entry);
    }

    /// <summary>Cancels a task that is no longer needed (the case moved on or closed), with why.</summary>
    public void Cancel(CaseTask task, string reason, string actor)
    {
        Touch(task);
        TaskLifecycle.TryFire(task, TaskTrigger.Cancel);
        task.Reason = reason;
        task.ClosedAt = Now;
        task.ClosedBy = actor;
        ResolveLiveEscalations(task, "The task was cancelled: " + reason, actor);
        Record("task.cancelled", new JsonObject { ["taskId"] = task.Id.ToString(), ["task"] = task.TaskKey, ["reason"] = reason });
    }

    /// <summary>Gives the task to another agency, role or person with a reason; across agencies it awaits acceptance.</summary>
    public CommandResult<CaseState>? Reassign(CaseTask task, string agency, string? role, string? person, string reason)
    {
        if (Fire(task, TaskTrigger.Reassign) is { } refused)
        {
            return refused;
        }

        var (fromAgency, fromRole) = (task.Agency, task.Role);
        var data = TaskData(task);
        data["fromAgency"] = task.Agency;
        data["fromRole"] = task.Role;
        data["fromPerson"] = task.AssignedTo;
        task.Agency = agency;
        task.Role = role;
        task.AssignedTo = person;
        task.Reason = reason;
        data["toAgency"] = agency;
        data["toRole"] = role;
        data["toPerson"] = person;
        data["reason"] = reason;
        Record("task.reassigned", data);
        OfferHandover(task, fromAgency, fromRole, reason);
        var (subject, body) = Notices.Reassigned(State, task, reason);
        Notify("task.reassigned", Notices.Owner(task), subject, body, task.Id);
        return null;
    }

    /// <summary>Moves the task's due time later for a stop-the-clock reason; its timers follow when the case is saved.</summary>
    public void ExtendDue(CaseTask task, DateTimeOffset newDueAt, string reasonKey, string reasonInWords, string? note)
    {
        Touch(task);
        var data = TaskData(task);
        data["fromDueAt"] = task.DueAt;
        data["toDueAt"] = newDueAt;
        data["reason"] = reasonKey;
        data["note"] = note;
        task.DueAt = newDueAt.ToUniversalTime();
        task.MarkedOverdueAt = null;
        task.RemindedAt = null;
        Record("task.extended", data);
        var (subject, body) = Notices.Extended(State, task, reasonInWords + (note is null ? string.Empty : $": {note}"));
        Notify("task.extended", Notices.Owner(task), subject, body, task.Id);
    }

    /// <summary>
    /// Sets the due time of a task this command created (e.g. from the date a panel agreed), journalled
    /// with where it came from.
    /// </summary>
    public void SetDue(CaseTask task, DateTimeOffset dueAt, string kind, JsonObject data)
    {
        Touch(task);
        task.DueAt = dueAt;
        Record(kind, data);
    }

    /// <summary>
    /// The reminder timer fired. A reminder that comes too late (the service was down) is recorded but
    /// not sent: the overdue notice that follows says more.
    /// </summary>
    public void Remind(CaseTask task)
    {
        Touch(task);
        task.RemindedAt = Now;
        var sent = Now < task.DueAt;
        if (sent)
        {
            var (subject, body) = Notices.Reminder(State, task);
            Notify("task.reminder", Notices.Owner(task), subject, body, task.Id);
        }

        var data = TaskData(task);
        data["sent"] = sent;
        Record("task.reminded", data);
    }

    /// <summary>The overdue timer fired: the task is marked and its holder told.</summary>
    public void MarkOverdue(CaseTask task)
    {
        Touch(task);
        task.MarkedOverdueAt = Now;
        var (subject, body) = Notices.Overdue(State, task);
        Notify("task.overdue", Notices.Owner(task), subject, body, task.Id);
        var data = TaskData(task);
        data["dueAt"] = task.DueAt;
        Record("task.overdue", data);
    }

    /// <summary>Someone signs the task off for their agency (an outcome may need several agencies' sign-off).</summary>
    public void SignOff(CaseTask task, string agency, string person)
    {
        Touch(task);
        task.SignOffs.Add(new TaskSignOff(agency, person, Now));
        var data = TaskData(task);
        data["agency"] = agency;
        Record("task.signed-off", data);
    }

    // Fires the task's lifecycle; a refusal names the task's state and what it allows.
    private CommandResult<CaseState>? Fire(CaseTask task, TaskTrigger trigger)
    {
        Touch(task);
        var refused = TaskLifecycle.TryFire(task, trigger);
        return refused is null ? null : CommandResult<CaseState>.Failure(CommandStatus.NotAllowed, "task.not-allowed", "$.taskId", refused);
    }
}
