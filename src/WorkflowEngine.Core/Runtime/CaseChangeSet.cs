using WorkflowEngine.Core.Children;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Timers;

namespace WorkflowEngine.Core.Runtime;

/// <summary>
/// Everything one command changed on one case, saved in one transaction with the other change
/// sets of the same command (a linked track is a second set).
/// </summary>
public sealed class CaseChangeSet
{
    /// <summary>The case after the command (its <see cref="CaseState.Version"/> already bumped).</summary>
    public required CaseState Case { get; init; }

    /// <summary>True when the case is new and must be inserted.</summary>
    public required bool IsNew { get; init; }

    /// <summary>The version the stored case must still have (ignored for new cases).</summary>
    public required long ExpectedVersion { get; init; }

    /// <summary>A child record made with the case (the first contact about a child), written before it.</summary>
    public ChildRecord? AddedChild { get; set; }

    /// <summary>Child records the command changed (a merge), each with the version the stored row must still have.</summary>
    public List<(ChildRecord Record, long ExpectedVersion)> ModifiedChildren { get; } = [];

    /// <summary>Tasks created by the command.</summary>
    public List<CaseTask> AddedTasks { get; } = [];

    /// <summary>Tasks changed by the command, each with the version the stored row must still have.</summary>
    public List<(CaseTask Task, long ExpectedVersion)> ModifiedTasks { get; } = [];

    /// <summary>Journal entries appended by the command, in order.</summary>
    public List<JournalEntry> Journal { get; } = [];

    /// <summary>Escalations raised by the command.</summary>
    public List<TaskEscalation> AddedEscalations { get; } = [];

    /// <summary>Escalations acknowledged or resolved by the command (the case version guards them).</summary>
    public List<TaskEscalation> ModifiedEscalations { get; } = [];

    /// <summary>Timers planned by the command.</summary>
    public List<DueTimer> AddedTimers { get; } = [];

    /// <summary>Timers re-planned by the command, each with the version the stored row must still have.</summary>
    public List<(DueTimer Timer, long ExpectedVersion)> ModifiedTimers { get; } = [];

    /// <summary>Timers fired or no longer needed, each with the version the stored row must still have.</summary>
    public List<(DueTimer Timer, long ExpectedVersion)> RemovedTimers { get; } = [];

    /// <summary>Notifications to deliver once the transaction commits.</summary>
    public List<OutboxMessage> Outbox { get; } = [];

    /// <summary>The case's milestones for the partnership's measures, as the case now stands (written over the stored row).</summary>
    public CaseMilestones? Milestones { get; set; }

    /// <summary>The exclusion track's education event, as it now stands (written over the stored row); null for other cases.</summary>
    public EducationEvent? Education { get; set; }

    /// <summary>Disruption measures recorded by tasks the command completed.</summary>
    public List<DisruptionMeasureRecord> DisruptionMeasures { get; } = [];

    /// <summary>Intelligence submissions recorded by tasks the command completed.</summary>
    public List<IntelligenceSubmission> IntelligenceSubmissions { get; } = [];
}
