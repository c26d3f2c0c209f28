using WorkflowEngine.Core.CaseDocuments;
using WorkflowEngine.Core.CaseNotes;
using WorkflowEngine.Core.Journal;

namespace WorkflowEngine.Core.Chronology;

/// <summary>
/// A case's chronology: the significant events a practitioner reads to understand the child's story
/// (decisions, stage changes, notes, measures, tracks, documents, escalations, closure). It is drawn
/// from the journal but kept apart from it: the journal is the full audit trail, page views included.
/// </summary>
public static class CaseChronology
{
    /// <summary>The journal kinds that are significant events.</summary>
    public static IReadOnlySet<string> SignificantKinds { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "case.opened",
        "stage.entered",
        "task.completed",
        "task.reassigned",
        "task.escalated",
        "escalation.resolved",
        "track.started",
        "case.moved-by-hand",
        "case.closed",
        "outcome.shared",
        "child.merged",
        CaseNoteJournal.Kind,
        AttachmentJournal.Kind,
    };

    /// <summary>The significant entries of a journal, newest first.</summary>
    public static IReadOnlyList<JournalEntry> From(IEnumerable<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return [.. entries.Where(e => SignificantKinds.Contains(e.Kind)).OrderByDescending(e => e.Sequence)];
    }
}
