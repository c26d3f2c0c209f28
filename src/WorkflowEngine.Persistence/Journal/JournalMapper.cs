using WorkflowEngine.Core.Journal;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Journal;

internal static class JournalMapper
{
    public static JournalEntryRecord ToRecord(JournalEntry entry) => new()
    {
        CaseId = entry.CaseId,
        Sequence = entry.Sequence,
        OccurredAt = entry.OccurredAt,
        Actor = entry.Actor,
        Kind = entry.Kind,
        DataJson = StoredJson.Write(entry.Data),
        PreviousHash = entry.PreviousHash,
        Hash = entry.Hash,
    };

    public static JournalEntry ToModel(JournalEntryRecord record) => new(
        record.CaseId,
        record.Sequence,
        record.OccurredAt,
        record.Actor,
        record.Kind,
        StoredJson.ReadObject(record.DataJson),
        record.PreviousHash,
        record.Hash);
}
