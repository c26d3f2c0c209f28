using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Tasks;

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

    /// <summary>Tasks created by the command.</summary>
    public List<CaseTask> AddedTasks { get; } = [];

    /// <summary>Tasks changed by the command, each with the version the stored row must still have.</summary>
    public List<(CaseTask Task, long ExpectedVersion)> ModifiedTasks { get; } = [];

    /// <summary>Journal entries appended by the command, in order.</summary>
    public List<JournalEntry> Journal { get; } = [];
}
