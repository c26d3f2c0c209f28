using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Core.Runtime;

/// <summary>
/// A case as the runtime works on it: loaded whole (with its tasks, escalations and timers), changed in memory by one
/// command, and saved as one <see cref="CaseChangeSet"/>.
/// </summary>
public sealed class CaseState : ICaseView, IJournalTail
{
    /// <summary>The case's identity.</summary>
    public required Guid Id { get; init; }

    /// <summary>Links every case (track) about the same child; changed only when a lead merges two records of one child.</summary>
    public required Guid ChildId { get; set; }

    /// <summary>The case this one was started from as a linked track, if any.</summary>
    public Guid? ParentCaseId { get; init; }

    /// <summary>The workflow the case runs.</summary>
    public required string WorkflowKey { get; init; }

    /// <summary>The workflow version the case is pinned to.</summary>
    public required int WorkflowVersion { get; set; }

    /// <summary>The current stage's key.</summary>
    public required string StageKey { get; set; }

    /// <summary>When the case entered the current stage.</summary>
    public required DateTimeOffset StageEnteredAt { get; set; }

    /// <summary>Counts stage entries, so tasks of a stage visited twice are told apart.</summary>
    public int StageVisit { get; set; }

    /// <summary>Open or closed.</summary>
    public CaseStatus Status { get; set; }

    /// <summary>Why the case closed: the final stage's key, or a manual reason.</summary>
    public string? ClosureReason { get; set; }

    /// <summary>When the case was opened (the contact typed in, or the track started).</summary>
    public required DateTimeOffset OpenedAt { get; init; }

    /// <inheritdoc />
    public DateTimeOffset ReceivedAt => Contact.ReceivedAt ?? OpenedAt;

    /// <summary>When the case closed.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The child.</summary>
    public required ChildDetails Child { get; init; }

    /// <summary>The contact that opened the case.</summary>
    public required ContactDetails Contact { get; init; }

    /// <summary>Case facts: indicators from the contact plus data recorded by tasks and decisions.</summary>
    public required JsonObject Facts { get; set; }

    /// <summary>Optimistic-concurrency version; bumped by every saved command.</summary>
    public long Version { get; set; }

    /// <summary>Sequence number of the last journal entry.</summary>
    public long JournalSequence { get; set; }

    /// <summary>Hash of the last journal entry (the chain's head).</summary>
    public string JournalHead { get; set; } = string.Empty;

    /// <summary>
    /// Every agency that has or had a task on the case, in order of first involvement: need-to-know
    /// is decided on it, so an agency that passes its task on still sees the case it worked.
    /// </summary>
    public List<string> InvolvedAgencies { get; init; } = [];

    /// <summary>All of the case's tasks, open and done.</summary>
    public List<CaseTask> Tasks { get; init; } = [];

    /// <summary>The case's escalations, live and resolved.</summary>
    public List<TaskEscalation> Escalations { get; init; } = [];

    /// <summary>The case's pending durable timers (and incidents).</summary>
    public List<DueTimer> Timers { get; init; } = [];

    IReadOnlyList<string> ICaseView.InvolvedAgencies => InvolvedAgencies;

    IReadOnlyList<CaseTask> ICaseView.Tasks => Tasks;
}
