using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Runtime;

/// <content>The case's place in its workflow: entering a stage, a decision's result, closing.</content>
internal sealed partial class Case
{
    /// <summary>A new case of the workflow for the child, before its first stage: what <see cref="EnterStage"/> starts from.</summary>
    public static CaseState NewState(CompiledWorkflow workflow, Guid childId, Guid? parentId, ChildDetails child, ContactDetails contact, JsonObject facts, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ChildId = childId,
        ParentCaseId = parentId,
        WorkflowKey = workflow.Key,
        WorkflowVersion = workflow.Version,
        StageKey = string.Empty,
        StageEnteredAt = now,
        OpenedAt = now,
        Child = child,
        Contact = contact,
        Facts = facts,
    };

    /// <summary>
    /// Enters a stage: the tasks left behind are cancelled, the visit counted and journalled; a final
    /// stage closes the case and tells the referrer. Creating the new stage's tasks is the navigator's.
    /// </summary>
    public StageDefinition EnterStage(string stageKey, string via)
    {
        Budget.SpendStageEntry(Workflow.Key, stageKey);
        foreach (var task in State.Tasks.Where(t => t.IsActive).ToList())
        {
            Cancel(task, $"The case moved on from stage '{State.StageKey}'.", StageNavigator.System);
        }

        var stage = Workflow.Stages[stageKey];
        var previous = State.StageKey;
        State.StageKey = stageKey;
        State.StageEnteredAt = Now;
        State.StageVisit++;
        Record("stage.entered", new JsonObject { ["stage"] = stageKey, ["from"] = previous, ["via"] = via, ["visit"] = State.StageVisit });
        if (stage.Final)
        {
            Closed(stageKey, new JsonObject { ["stage"] = stageKey, ["reason"] = stage.Name });
            ReferrerFeedback.Closure(this, stage.Name);
        }

        return stage;
    }

    /// <summary>Keeps a stage decision's output as a case fact, for later rules and pages.</summary>
    public void SetDecidedFact(string fact, JsonNode output) => State.Facts[fact] = output.DeepClone();

    /// <summary>Closes the case by hand with a reason, cancelling its open tasks.</summary>
    public void CloseByHand(string reason)
    {
        foreach (var task in State.Tasks.Where(t => t.IsActive).ToList())
        {
            Cancel(task, $"The case was closed: {reason}", Actor);
        }

        Closed(reason, new JsonObject { ["stage"] = State.StageKey, ["reason"] = reason, ["byHand"] = true });
        // The reason may name other agencies' work, so the referrer hears only that it was closed.
        ReferrerFeedback.Closure(this, "closed by a manager; the reason is recorded on the case");
    }

    private void Closed(string reason, JsonObject entry)
    {
        State.Status = CaseStatus.Closed;
        State.ClosureReason = reason;
        State.ClosedAt = Now;
        Record("case.closed", entry);
    }

    /// <summary>Journals a merge of the child's records on this case; a case of the merged record moves to the survivor.</summary>
    public void RecordChildMerge(Guid survivorId, bool moves, JsonObject entry)
    {
        if (moves)
        {
            State.ChildId = survivorId;
        }

        entry["moved"] = moves;
        Record("child.merged", entry);
    }

    /// <summary>
    /// Moves the case onto the aggregate's workflow version (a migration) at a stage of it; the old
    /// stage's own tasks follow it when it is renamed, so its joins still count them.
    /// </summary>
    public void MoveToVersion(string targetStage, string stageBefore)
    {
        if (targetStage != stageBefore)
        {
            var keys = Workflow.Stages[targetStage].Tasks.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var task in State.Tasks.Where(t => t.StageKey == stageBefore && t.StageVisit == State.StageVisit && keys.Contains(t.TaskKey)))
            {
                Touch(task);
                task.StageKey = targetStage;
            }
        }

        State.WorkflowVersion = Workflow.Version;
        State.StageKey = targetStage;
    }
}
