using WorkflowEngine.Core.Journal;

namespace WorkflowEngine.Persistence.Journal;

/// <summary>
/// An entry's row holds the data's text exactly as the chain hashed it (<see cref="JournalEntry.DataJson"/>);
/// nothing here writes JSON, so what a check re-hashes is what was stored.
/// </summary>
internal static class JournalMapper
{
    public static JournalEntryRecord ToRecord(JournalEntry entry) => new()
    {
        CaseId = entry.CaseId,
        Sequence = entry.Sequence,
        OccurredAt = entry.OccurredAt,
        Actor = entry.Actor,
        Kind = entry.Kind,
        DataJson = entry.DataJson,
        PreviousHash = entry.PreviousHash,
        Hash = entry.Hash,
    };

    public static JournalEntry ToModel(JournalEntryRecord record) => new(
        record.CaseId,
        record.Sequence,
        record.OccurredAt,
        record.Actor,
        record.Kind,
        record.DataJson,
        record.PreviousHash,
        record.Hash);
}
