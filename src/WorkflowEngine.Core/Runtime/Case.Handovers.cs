using System.Text.Json.Nodes;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Runtime;

/// <content>
/// A task passed to another agency awaits that agency's acceptance; until then the sending agency
/// still answers for it. Reassignment and a panel's actions both follow these rules.
/// </content>
internal sealed partial class Case
{
    /// <summary>
    /// Marks the task as offered by <paramref name="fromAgency"/> to the agency it now has, and journals
    /// the offer. Passing it on again keeps the first sender (who still answers for it); passing it back
    /// to the sender ends the hand-over; passing it within one agency is no hand-over.
    /// </summary>
    public void OfferHandover(CaseTask task, string fromAgency, string? fromRole, string? reason)
    {
        Touch(task);
        var sender = task.HandoverFrom ?? fromAgency;
        var senderRole = task.HandoverFrom is null ? fromRole : task.HandoverFromRole;
        if (task.Agency == sender)
        {
            EndHandover(task);
            return;
        }

        task.HandoverFrom = sender;
        task.HandoverFromRole = senderRole;
        task.HandoverOfferedAt = Now;
        Record("task.handover-offered", new JsonObject
        {
            ["taskId"] = task.Id.ToString(), ["task"] = task.TaskKey, ["fromAgency"] = sender, ["toAgency"] = task.Agency, ["reason"] = reason,
        });
    }

    /// <summary>The receiving agency accepts the task: from now on it answers for it.</summary>
    public void AcceptHandover(CaseTask task)
    {
        Touch(task);
        var from = task.HandoverFrom;
        EndHandover(task);
        var data = TaskData(task);
        data["fromAgency"] = from;
        data["agency"] = task.Agency;
        Record("task.handover-accepted", data);
    }

    /// <summary>The receiving agency declines the task with a reason: it goes back to the sender, whose owner is told.</summary>
    public CommandResult<CaseState>? DeclineHandover(CaseTask task, string reason, string declinedByName)
    {
        var declinedBy = task.Agency;
        var returnedTo = task.HandoverFrom!;
        if (Fire(task, TaskTrigger.Reassign) is { } refused)
        {
            return refused;
        }

        task.Agency = returnedTo;
        task.Role = task.HandoverFromRole;
        task.AssignedTo = null;
        task.Reason = reason;
        EndHandover(task);
        var data = TaskData(task);
        data["agency"] = declinedBy;
        data["returnedTo"] = returnedTo;
        data["reason"] = reason;
        Record("task.handover-declined", data);
        var (subject, body) = Notices.HandoverDeclined(State, task, declinedByName, reason);
        Notify("task.handover-declined", Notices.Owner(task), subject, body, task.Id);
        return null;
    }

    private static void EndHandover(CaseTask task)
    {
        task.HandoverFrom = null;
        task.HandoverFromRole = null;
        task.HandoverOfferedAt = null;
    }
}
