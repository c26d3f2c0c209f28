using System.Text.Json.Nodes;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Runtime;

/// <summary>
/// A task passed to another agency awaits that agency's acceptance; until then the sending agency
/// still answers for it. These are the rules both reassignment and panel actions follow.
/// </summary>
internal static class Handovers
{
    /// <summary>
    /// Marks the task as offered by <paramref name="fromAgency"/> to the agency it now has, and journals
    /// the offer. Passing it on again keeps the first sender (who still answers for it); passing it back
    /// to the sender ends the hand-over; passing it within one agency is no hand-over.
    /// </summary>
    public static void Offer(CaseCommand command, CaseTask task, string fromAgency, string? fromRole, string? reason)
    {
        var sender = task.HandoverFrom ?? fromAgency;
        var senderRole = task.HandoverFrom is null ? fromRole : task.HandoverFromRole;
        if (task.Agency == sender)
        {
            Clear(task);
            return;
        }

        task.HandoverFrom = sender;
        task.HandoverFromRole = senderRole;
        task.HandoverOfferedAt = command.Now;
        command.Record("task.handover-offered", new JsonObject
        {
            ["taskId"] = task.Id.ToString(), ["task"] = task.TaskKey, ["fromAgency"] = sender, ["toAgency"] = task.Agency, ["reason"] = reason,
        });
    }

    /// <summary>Ends the hand-over (accepted, declined or returned).</summary>
    public static void Clear(CaseTask task)
    {
        task.HandoverFrom = null;
        task.HandoverFromRole = null;
        task.HandoverOfferedAt = null;
    }
}
