namespace WorkflowEngine.Core.Journal;

/// <summary>
/// The end of a case's journal chain, which <see cref="JournalChain.Append"/> reads to link the
/// next entry and moves on to it. The case implements it; the journal needs nothing else of it.
/// </summary>
public interface IJournalTail
{
    /// <summary>The case the chain belongs to.</summary>
    Guid Id { get; }

    /// <summary>Sequence number of the last entry.</summary>
    long JournalSequence { get; set; }

    /// <summary>Hash of the last entry (the chain's head).</summary>
    string JournalHead { get; set; }
}
