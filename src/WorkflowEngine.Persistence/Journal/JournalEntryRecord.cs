namespace WorkflowEngine.Persistence.Journal;

/// <summary>A row of the append-only JournalEntries table; the data is a JSON column.</summary>
internal sealed class JournalEntryRecord
{
    public Guid CaseId { get; set; }

    public long Sequence { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public string Actor { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string DataJson { get; set; } = "{}";

    public string PreviousHash { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;
}
