using System.Text.Json.Nodes;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Cases;

/// <summary>
/// A case as the engine's pure functions read it (notices, measure projection): what it is about,
/// where it stands and its tasks, with nothing to change it through. It sits below every folder
/// that reads cases, so they need not know the runtime that changes them.
/// </summary>
public interface ICaseView
{
    /// <summary>The case's identity.</summary>
    Guid Id { get; }

    /// <summary>Links every case (track) about the same child.</summary>
    Guid ChildId { get; }

    /// <summary>The case this one was started from as a linked track, if any.</summary>
    Guid? ParentCaseId { get; }

    /// <summary>The workflow the case runs.</summary>
    string WorkflowKey { get; }

    /// <summary>The workflow version the case is pinned to.</summary>
    int WorkflowVersion { get; }

    /// <summary>The current stage's key.</summary>
    string StageKey { get; }

    /// <summary>When the case entered the current stage.</summary>
    DateTimeOffset StageEnteredAt { get; }

    /// <summary>Open or closed.</summary>
    CaseStatus Status { get; }

    /// <summary>When the case was opened (the contact typed in, or the track started).</summary>
    DateTimeOffset OpenedAt { get; }

    /// <summary>
    /// When the contact was received (or the event a track follows up happened): what deadlines
    /// "from the contact" count from. The opening time for records that did not record it.
    /// </summary>
    DateTimeOffset ReceivedAt { get; }

    /// <summary>When the case closed.</summary>
    DateTimeOffset? ClosedAt { get; }

    /// <summary>The child.</summary>
    ChildDetails Child { get; }

    /// <summary>The contact that opened the case.</summary>
    ContactDetails Contact { get; }

    /// <summary>Case facts; a reader must not change them.</summary>
    JsonObject Facts { get; }

    /// <summary>The case's version (optimistic concurrency).</summary>
    long Version { get; }

    /// <summary>Every agency that has or had a task on the case, in order of first involvement.</summary>
    IReadOnlyList<string> InvolvedAgencies { get; }

    /// <summary>All of the case's tasks, open and done.</summary>
    IReadOnlyList<CaseTask> Tasks { get; }
}
