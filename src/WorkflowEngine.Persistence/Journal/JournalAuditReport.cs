namespace WorkflowEngine.Persistence.Journal;

/// <summary>What a check of every case's journal found.</summary>
/// <param name="CasesChecked">How many cases were checked.</param>
/// <param name="EntriesChecked">How many journal entries were re-hashed.</param>
/// <param name="Broken">Every case with a broken chain, each with its first broken entry.</param>
public sealed record JournalAuditReport(long CasesChecked, long EntriesChecked, IReadOnlyList<BrokenJournal> Broken)
{
    /// <summary>True when every journal is intact.</summary>
    public bool IsClean => Broken.Count == 0;
}
