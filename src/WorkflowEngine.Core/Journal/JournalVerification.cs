namespace WorkflowEngine.Core.Journal;

/// <summary>The result of checking a case's journal chain.</summary>
/// <param name="IsIntact">True when every entry is present, unaltered and in order.</param>
/// <param name="FirstBadSequence">The sequence number of the first entry found wrong or missing; null when intact.</param>
/// <param name="Problem">A plain sentence saying what is wrong; null when intact.</param>
public sealed record JournalVerification(bool IsIntact, long? FirstBadSequence, string? Problem)
{
    /// <summary>The result for a journal with nothing wrong.</summary>
    public static JournalVerification Intact { get; } = new(true, null, null);

    internal static JournalVerification Broken(long sequence, string problem) => new(false, sequence, problem);
}
